// The import boundaries of the monorepo, as one ESLint rule that checks where an import *resolves* (a path
// pattern on the specifier cannot see that `../../catalog/src/x.js` from apps/order leaves the app):
//   - an app's code (apps/<app>/src, its unit specs included) never imports another app; its test/ folder
//     holds whole-system suites, which start every app and may use another app's fixtures;
//   - a library never imports an app, scripts/ or the top-level test/ folder (the whole-system harness
//     receives the apps' factories from test/apps.ts instead);
//   - the web app's own code (apps/web/src) imports only itself (its generated API client lives there) and
//     packages — no @app/* library, nothing else of the repository;
//   - an app's code never imports scripts/, test/ or libs/testing.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** [area, name] of a repository path: ['apps', 'order'], ['libs', 'testing'], ['scripts'], ['test'], … */
function place(abs) {
  const rel = relative(ROOT, abs);
  if (rel.startsWith('..')) return ['outside'];
  const [area, name, sub] = rel.split(sep);
  return [area, name, sub];
}

/** The repository path an import specifier resolves to, or null for a package. */
function target(spec, file) {
  const alias = /^@app\/([^/]+)/.exec(spec);
  if (alias) return resolve(ROOT, 'libs', alias[1], 'src');
  if (spec.startsWith('.') || spec.startsWith('/')) return resolve(dirname(file), spec);
  return null;
}

function violation(file, spec) {
  const to = target(spec, file);
  if (!to) return null;
  const [fromArea, fromName, fromSub] = place(file);
  const [toArea, toName] = place(to);
  if (fromArea === 'apps' && fromName === 'web' && fromSub === 'src') {
    const inWeb = toArea === 'apps' && toName === 'web';
    return inWeb ? null : `the web app imports only its own code, its generated API client and packages (not ${spec})`;
  }
  if (fromArea === 'apps' && fromSub === 'src' && toArea === 'apps' && toName !== fromName)
    return `an app never imports another app (${fromName} → ${toName})`;
  if (fromArea === 'libs' && ['apps', 'scripts', 'test'].includes(toArea))
    return `a library never imports ${toArea}/ (${spec})`;
  if (fromArea === 'apps' && fromSub === 'src' && !/\.(e2e-)?spec\.ts$/.test(file)) {
    if (['scripts', 'test'].includes(toArea)) return `an app's code never imports ${toArea}/ (${spec})`;
    if (toArea === 'libs' && toName === 'testing') return `an app's code never imports libs/testing (${spec})`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'import boundaries between apps, libraries, scripts and tests' },
    schema: [],
  },
  create(context) {
    const check = (node, source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = violation(context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source),
      TSImportType: (n) => check(n, n.argument?.literal ?? n.argument),
    };
  },
};

export default { rules: { imports: rule } };
