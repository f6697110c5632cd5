import { renderToString } from 'preact-render-to-string';
import { ApiError, setApiBase } from './api/client';
import type { Product } from './api/types';
import { firstPhoto } from './components/batch-card';
import { App, ROUTE_PATTERNS } from './app';
import { baht } from './format';
import { setLang, t } from './i18n';
export { langFromCookie } from './i18n';
import type { Lang } from './i18n';
import type { ServerData } from './load';
import { loadBatch } from './pages/batch';
import { loadHome } from './pages/home';
import { loadProducer } from './pages/producer';
import { loadProduct } from './pages/product';
import { match } from './router';

/**
 * The first HTML of the pages people share (and crawlers read without JavaScript): the same components
 * as the browser, their data loaded through the same API client from the gateway that hosts this module,
 * and the meta tags that Facebook, LINE and search engines read.
 */
export interface RenderOptions {
  /** the gateway's own address, for the API calls */
  apiBase: string;
  /** the public address of the site, for og:url, og:image and the canonical link */
  publicBaseUrl: string;
  lang: Lang;
}
export interface Rendered {
  status: number;
  head: string;
  html: string;
  data: ServerData | null;
}

interface Meta {
  title: string;
  description: string;
  image?: string;
  type: string;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A product's card (its own page and its batches'): the title given, its story or description, its first photo. */
const productMeta = (title: string, product: Product): Meta => ({
  title,
  description: clip(product.story || product.description || product.hashtags),
  image: firstPhoto(product),
  type: 'product',
});

const SHARE_PAGES: Array<{
  pattern: string;
  load: (params: Record<string, string>, query: URLSearchParams) => Promise<unknown>;
  meta: (data: never) => Meta;
}> = [
  {
    pattern: '/',
    load: (_p, q) => loadHome(q),
    meta: () => ({ title: t('home.title'), description: t('home.lead'), type: 'website' }),
  },
  {
    pattern: '/products/:id',
    load: (p) => loadProduct(p.id),
    meta: (d: Awaited<ReturnType<typeof loadProduct>>) =>
      productMeta(`${d.product.name} ${baht(d.product.priceSatang)}`, d.product),
  },
  {
    pattern: '/batches/:id',
    load: (p) => loadBatch(p.id),
    meta: (d: Awaited<ReturnType<typeof loadBatch>>) =>
      productMeta(`${t('meta.preorder')} ${d.product.name} ${baht(d.batch.unitPriceSatang)}`, d.product),
  },
  {
    pattern: '/producers/:id',
    load: (p) => loadProducer(p.id),
    meta: (d: Awaited<ReturnType<typeof loadProducer>>) => ({
      title: d.producer.name,
      description: clip(d.products.items.map((p) => p.name).join(' · ') || t('home.lead')),
      image: firstPhoto(d.products.items[0]),
      type: 'profile',
    }),
  },
];

function head(meta: Meta, canonical: string, base: string): string {
  const image = meta.image ? new URL(meta.image, base).toString() : `${base}/og-default.png`;
  const title = `${meta.title} · ${t('brand')}`;
  return [
    `<title>${esc(title)}</title>`,
    `<meta name="description" content="${esc(meta.description)}">`,
    `<link rel="canonical" href="${esc(canonical)}">`,
    `<meta property="og:site_name" content="${esc(t('brand'))}">`,
    `<meta property="og:title" content="${esc(meta.title)}">`,
    `<meta property="og:description" content="${esc(meta.description)}">`,
    `<meta property="og:image" content="${esc(image)}">`,
    `<meta property="og:url" content="${esc(canonical)}">`,
    `<meta property="og:type" content="${esc(meta.type)}">`,
    `<meta property="og:locale" content="th_TH">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ].join('\n');
}

/** Renders a share page; other pages of the app get the shell (drawn in the browser); anything else a 404. */
export async function render(url: string, opts: RenderOptions): Promise<Rendered> {
  setApiBase(opts.apiBase);
  const u = new URL(url, 'http://x');
  const path = u.pathname.replace(/\/+$/, '') || '/';
  for (const page of SHARE_PAGES) {
    const params = match(page.pattern, path);
    if (!params) continue;
    const base = opts.publicBaseUrl.replace(/\/+$/, '');
    const canonical = `${base}${path === '/' ? '/' : path}`;
    let data: unknown;
    try {
      data = await page.load(params, u.searchParams);
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 404 || e.status === 400))) throw e;
      setLang(opts.lang);
      const html = renderToString(<App url={url} notFound />);
      return {
        status: 404,
        head: `<title>${esc(t('notFound.title'))} · ${esc(t('brand'))}</title><meta name="robots" content="noindex">`,
        html,
        data: null,
      };
    }
    setLang(opts.lang);
    const key = path === '/' ? `/?${u.searchParams.toString()}` : path;
    const server: ServerData = { path: key, data };
    const html = renderToString(<App url={url} server={server} />);
    return { status: 200, head: head(page.meta(data as never), canonical, base), html, data: server };
  }
  setLang(opts.lang);
  if (ROUTE_PATTERNS.some((p) => match(p, path)))
    return {
      status: 200,
      head: `<title>${esc(t('brand'))}</title><meta name="robots" content="noindex">`,
      html: '',
      data: null,
    };
  return {
    status: 404,
    head: `<title>${esc(t('notFound.title'))} · ${esc(t('brand'))}</title><meta name="robots" content="noindex">`,
    html: renderToString(<App url={url} notFound />),
    data: null,
  };
}
