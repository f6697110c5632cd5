import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Logger } from '@nestjs/common';

/**
 * The gateway hosts the web app (`apps/web`, built to `dist/web`): hashed assets cached for a year, and
 * for every page path the app's HTML. Share pages (home, product, batch, producer) arrive rendered by the
 * app's own server module with their content and meta tags, because Facebook's and LINE's crawlers run no
 * JavaScript; the browser then takes over. The gateway knows no page: the module says what to render and
 * with which status (a Thai 404 page for an unknown id or path). Share pages may be kept 30 s by a shared cache
 * (CDN), never by the browser: a consumer who just wrote a review sees it.
 */
interface Rendered {
  status: number;
  head: string;
  html: string;
  data: unknown;
}
interface WebRenderer {
  render(url: string, opts: { apiBase: string; publicBaseUrl: string; lang: 'th' | 'en' }): Promise<Rendered>;
  langFromCookie(cookie: string | undefined): 'th' | 'en';
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const log = new Logger('Web');

export async function registerWebApp(
  fastify: FastifyInstance,
  opts: { webDistDir: string; publicBaseUrl: string },
): Promise<void> {
  const client = join(opts.webDistDir, 'client');
  const serverEntry = join(opts.webDistDir, 'server', 'entry-server.js');
  if (!existsSync(join(client, 'index.html')) || !existsSync(serverEntry)) {
    log.warn({ message: 'web app not built: run `npm run build:web`', webDistDir: opts.webDistDir });
    fastify.get('/', (_req, reply) => reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT));
    return;
  }
  const template = readFileSync(join(client, 'index.html'), 'utf8');
  const renderer = (await import(pathToFileURL(serverEntry).href)) as WebRenderer;

  await fastify.register(fastifyStatic, {
    root: client,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    // our own Cache-Control below; the plugin's default would overwrite it with max-age=0
    cacheControl: false,
    setHeaders: (res, path) => {
      // the service worker must be fetched fresh, or a phone keeps an old one for a day
      res.setHeader(
        'cache-control',
        path.includes(`${join('client', 'assets')}`)
          ? IMMUTABLE
          : path.endsWith('sw.js')
            ? 'no-cache'
            : 'public, max-age=3600',
      );
    },
  });

  const page = async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api' || path === '/health' || path === '/index.html')
      return reply.callNotFound();
    const address = req.server.server.address();
    const port = typeof address === 'object' && address ? address.port : 80;
    let out: Rendered;
    try {
      out = await renderer.render(req.url, {
        apiBase: `http://127.0.0.1:${port}`,
        publicBaseUrl: opts.publicBaseUrl,
        lang: renderer.langFromCookie(req.headers.cookie),
      });
    } catch (e) {
      // the services did not answer: the browser draws the page and shows its own "try again" state
      log.warn({ message: 'server render failed', url: req.url, error: (e as Error).message });
      out = { status: 503, head: '', html: '', data: null };
    }
    const lang = renderer.langFromCookie(req.headers.cookie);
    const html = template
      .replace('<html lang="th">', `<html lang="${lang}">`)
      .replace('<!--app-head-->', out.head)
      .replace('<!--app-body-->', out.html)
      .replace(
        '<!--app-data-->',
        out.data
          ? `<script type="application/json" id="ssr-data">${JSON.stringify(out.data).replace(/</g, '\\u003c')}</script>`
          : '',
      );
    reply
      .status(out.status)
      .type('text/html; charset=utf-8')
      .header('cache-control', out.status === 200 && out.data ? 'public, max-age=0, s-maxage=30' : 'no-cache')
      .header('vary', 'Cookie');
    if (out.status === 503) reply.header('retry-after', '5');
    return reply.send(html);
  };
  fastify.get('/', page);
  fastify.get('/*', page);
}

const NOT_BUILT = `<!doctype html><html lang="th"><meta charset="utf-8"><title>ของดีบ้านเรา</title><p>เว็บแอปยังไม่ได้สร้าง: <code>npm run build:web</code></p></html>`;

/** The share pages in the OpenAPI document: they are what posts, LINE shares and QR codes link to. */
export function documentWebPages(doc: OpenAPIObject): OpenAPIObject {
  const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
  const share = (summary: string) => ({
    get: {
      tags: ['web'],
      summary,
      parameters: [{ name: 'id', in: 'path' as const, required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: {
        '200': html('the page, rendered with its content and og:/twitter: meta tags'),
        '404': html('a Thai "not found" page'),
      },
    },
  });
  doc.paths['/products/{id}'] = share('The product page a post, LINE share or QR code links to (HTML, Thai)');
  doc.paths['/batches/{id}'] = share('A harvest batch with its reserve button (HTML, Thai)');
  doc.paths['/producers/{id}'] = share("A producer's page with its products (HTML, Thai)");
  return doc;
}
