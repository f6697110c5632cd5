// What a crawler or a phone without JavaScript gets: the product page's first HTML with its content and
// share tags, and the security and caching headers of pages and hashed assets.

const metaContent = (html, attr, name) => {
  for (const m of html.matchAll(/<meta\s[^>]*>/gi)) {
    const tag = m[0];
    if (new RegExp(`${attr}\\s*=\\s*["']${name.replace(/[.:]/g, '\\$&')}["']`, 'i').test(tag))
      return /content\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(tag)?.[1] ?? null;
  }
  return null;
};
const unescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** the body without the server data block: content must be in the markup, not only in the JSON */
const markup = (html) =>
  unescape(html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<head>[\s\S]*<\/head>/i, ''));

/** [label, ok, detail] rows for GET /products/:id fetched without JavaScript. */
export async function firstHtmlChecks(base, seeded) {
  const url = `${base}/products/${seeded.productId}`;
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const html = await res.text();
  const body = markup(html);
  const price = `฿${(seeded.product.priceSatang / 100).toLocaleString('th-TH', { minimumFractionDigits: seeded.product.priceSatang % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;
  const og = (p) => metaContent(html, 'property', p);
  const absolute = (u) => /^https?:\/\//.test(u ?? '');
  const canonical = /<link\s[^>]*rel\s*=\s*["']canonical["'][^>]*>/i.exec(html)?.[0];
  const canonicalHref = canonical && unescape(/href\s*=\s*["']([^"']*)["']/i.exec(canonical)?.[1] ?? '');
  return {
    status: res.status,
    rows: [
      ['HTTP 200', res.status === 200, String(res.status)],
      ['product name in the markup', body.includes(seeded.product.name), seeded.product.name],
      [`price text (${price})`, body.includes(price), price],
      ['story in the markup', body.includes(seeded.product.story.slice(0, 60)), ''],
      ['og:title', !!og('og:title'), unescape(og('og:title') ?? '')],
      ['og:description', !!og('og:description'), ''],
      ['og:image (absolute URL)', absolute(og('og:image')), og('og:image') ?? ''],
      ['og:url (the share link)', og('og:url') === url, og('og:url') ?? ''],
      ['og:type', !!og('og:type'), og('og:type') ?? ''],
      ['twitter:card', !!metaContent(html, 'name', 'twitter:card'), metaContent(html, 'name', 'twitter:card') ?? ''],
      ['<link rel="canonical">', canonicalHref === url, canonicalHref ?? ''],
    ],
  };
}

const maxAge = (cc) => {
  if (!cc || /no-store|no-cache/.test(cc)) return 0;
  const m = /max-age=(\d+)/.exec(cc);
  return m ? Number(m[1]) : 0;
};

/** [label, ok, detail] rows: the headers every page must carry and the assets' caching. */
export async function headerChecks(base, seeded, entryFile) {
  const paths = ['/', `/products/${seeded.productId}`, '/orders/x'];
  const pages = [];
  for (const p of paths) {
    const res = await fetch(`${base}${p}`, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    pages.push({ p, h: res.headers });
  }
  const every = (pred) => {
    const bad = pages.filter(({ h }) => !pred(h)).map(({ p }) => p);
    return [bad.length === 0, bad.length ? `missing on ${bad.join(', ')}` : 'all 3 pages'];
  };
  const csp = (h) => h.get('content-security-policy') ?? '';
  const directive = (h, name) =>
    csp(h)
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';
  const asset = await fetch(`${base}/${entryFile}`, { signal: AbortSignal.timeout(30_000) });
  await asset.arrayBuffer();
  const assetCc = asset.headers.get('cache-control') ?? '';
  const pageCc = pages
    .map(({ p, h }) => `${p === '/' ? '/' : p.replace(seeded.productId, ':id')}: ${h.get('cache-control') ?? '—'}`)
    .join('; ');
  return [
    [
      "CSP script-src 'self'",
      ...every(
        (h) =>
          /(^| )'self'( |$)/.test(directive(h, 'script-src')) &&
          !/unsafe-inline|unsafe-eval|\*/.test(directive(h, 'script-src')),
      ),
    ],
    ['CSP frame-ancestors', ...every((h) => !!directive(h, 'frame-ancestors'))],
    ['X-Content-Type-Options: nosniff', ...every((h) => h.get('x-content-type-options') === 'nosniff')],
    ['Referrer-Policy', ...every((h) => !!h.get('referrer-policy'))],
    [
      '/assets/*.js Cache-Control immutable',
      asset.status === 200 && /immutable/.test(assetCc) && maxAge(assetCc) >= 31536000,
      `${asset.status} ${assetCc}`,
    ],
    ['page HTML not cached long (≤ 5 min)', pages.every(({ h }) => maxAge(h.get('cache-control')) <= 300), pageCc],
  ];
}
