// What each route ships, from the Vite manifest: every page loads the entry chunk (index.html's `file` and
// its static imports); the order page also loads the dynamic chunk of src/pages/order.tsx and its imports.
// Sizes are gzip (Node's zlib, level 9) of each file on its own, as a server would send it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function routeSizes(clientDir) {
  const manifest = JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8'));
  const gz = new Map();
  const size = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(clientDir, file)), { level: 9 }).length);
    return gz.get(file);
  };
  /** a chunk and its static imports, recursively: [js files, css files] */
  const closure = (key, js = new Set(), css = new Set()) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the Vite manifest has no entry ${key}`);
    if (js.has(chunk.file)) return { js, css };
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) closure(i, js, css);
    return { js, css };
  };
  const entry = closure('index.html');
  const order = closure('src/pages/order.tsx', new Set(entry.js), new Set(entry.css));
  const sum = (files) => [...files].reduce((s, f) => s + size(f), 0);
  const routes = { home: entry, product: entry, order };
  const allJs = new Set([...entry.js, ...order.js]);
  const allCss = new Set([...entry.css, ...order.css]);
  // fonts: the .woff2 files the CSS points at (browsers that take woff2 never fetch the .woff fallbacks)
  const fonts = new Set();
  for (const c of allCss) {
    for (const m of readFileSync(join(clientDir, c), 'utf8').matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)) {
      fonts.add(join('assets', m[1].split('/').pop()));
    }
  }
  // each console's own JavaScript: its entry chunk and what it loads, less what the consumer pages already have
  // each console's own JavaScript: every chunk of its folder and what they load, less the consumer pages' files
  const consoleJs = (dir) => {
    const keys = Object.entries(manifest)
      .filter(
        ([k, c]) =>
          k.startsWith(`src/${dir}/`) || (c.src ?? '').startsWith(`src/${dir}/`) || c.file.includes(`${dir}-app`),
      )
      .map(([k]) => k);
    const all = new Set(keys.flatMap((k) => [...closure(k).js]).filter((f) => !entry.js.has(f)));
    return { files: all.size, gzip: sum(all) };
  };
  const raw = (files) => [...files].reduce((s, f) => s + readFileSync(join(clientDir, f)).length, 0);
  return {
    routes: Object.fromEntries(Object.entries(routes).map(([k, v]) => [k, { files: v.js.size, gzip: sum(v.js) }])),
    total: { files: allJs.size, gzip: sum(allJs) },
    css: { files: allCss.size, gzip: sum(allCss) },
    fonts: { files: fonts.size, bytes: raw(fonts), gzip: sum(fonts) },
    entryFile: manifest['index.html'].file,
    consoles: { farmer: consoleJs('farmer'), admin: consoleJs('admin') },
    /** a console chunk in the consumer pages' files would mean the budget grew with the consoles */
    consolesInConsumerPages: [...allJs].filter((f) => /farmer-app|admin-app/.test(f)).length,
  };
}
