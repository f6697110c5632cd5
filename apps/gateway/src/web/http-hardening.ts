import compress from '@fastify/compress';
import helmet from 'helmet';
import type { HelmetOptions } from 'helmet';
import type { FastifyInstance } from 'fastify';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * The security headers: a Content-Security-Policy that runs only the app's own scripts (the server-rendered
 * data travels as a JSON block, never as inline script), no framing by other sites, no MIME sniffing, and
 * referrers cut to the origin. Product photos may come from any https address the producer published, so
 * images are the one open source. Inline styles stay allowed for the API's documentation page (Swagger UI);
 * the web app itself uses none.
 */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: { policy: 'same-site' },
};

/**
 * The headers helmet writes for these options, computed ONCE: they depend on nothing in the request (no CSP
 * nonces). @fastify/helmet rebuilt helmet's middleware chain — parsing the CSP directives again — on every
 * request, which was ~3 % of the gateway's CPU during a live sale.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): {
  set: Array<[string, string]>;
  removed: string[];
} {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const res = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let done = false;
  helmet(options)({} as never, res as never, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously');
  return { set, removed };
}

/**
 * Node's own store of a response's headers (`OutgoingMessage[kOutHeaders]`: a null-prototype object of
 * lower-case name → [name, value], null until the first header is set), found by setting a header on a probe
 * response; undefined when this Node keeps its headers some other way (then setHeader is used, as before).
 */
export function outHeadersSymbol(): symbol | undefined {
  const probe = new ServerResponse(new IncomingMessage(new Socket()));
  const before = Object.getOwnPropertySymbols(probe).filter(
    (s) => (probe as unknown as Record<symbol, unknown>)[s] === null,
  );
  probe.setHeader('X-Probe', 'a');
  for (const s of before) {
    const store = (probe as unknown as Record<symbol, unknown>)[s] as Record<string, unknown> | null;
    if (
      store &&
      Object.getPrototypeOf(store) === null &&
      Object.keys(store).length === 1 &&
      Array.isArray(store['x-probe']) &&
      store['x-probe'][0] === 'X-Probe' &&
      store['x-probe'][1] === 'a' &&
      probe.getHeader('x-probe') === 'a'
    )
      return s;
  }
  return undefined;
}

/**
 * Sets the security headers on a response that has no header yet, as `setHeader` would for each (same
 * names, values, order; a removal of a header not set is nothing), without validating and lower-casing the
 * same constant names and values on every request: the entries were checked once by setHeader on a probe
 * response, and are frozen (Node replaces an entry on setHeader; only appendHeader would change one in place,
 * and it would throw rather than change the next response's). A response with headers already set, or a Node
 * whose store is not found, gets setHeader per header. The per-request setHeader calls were ~6 % of the
 * gateway's CPU during a live sale.
 */
export function headerSetter(
  set: Array<[string, string]>,
  removed: string[],
  store: symbol | undefined = outHeadersSymbol(),
): (res: ServerResponse) => void {
  const slow = (res: ServerResponse) => {
    for (let i = 0; i < set.length; i++) res.setHeader(set[i][0], set[i][1]);
    for (let i = 0; i < removed.length; i++) res.removeHeader(removed[i]);
  };
  if (!store) return slow;
  // what setHeader would store, checked by setHeader itself (an invalid name or value throws here, at boot)
  const probe = new ServerResponse(new IncomingMessage(new Socket()));
  slow(probe);
  const entries = Object.entries((probe as unknown as Record<symbol, Record<string, [string, string]>>)[store]).map(
    ([key, entry]) => [key, Object.freeze([entry[0], entry[1]] as [string, string])] as const,
  );
  return (res) => {
    const raw = res as unknown as Record<symbol, Record<string, readonly [string, string]> | null>;
    if (raw[store] !== null) return slow(res);
    const headers: Record<string, readonly [string, string]> = Object.create(null);
    for (let i = 0; i < entries.length; i++) headers[entries[i][0]] = entries[i][1];
    raw[store] = headers;
  };
}

/** Compression, and the security headers above on every response. */
export async function registerHttpHardening(fastify: FastifyInstance): Promise<void> {
  // pages, scripts and JSON travel compressed (a phone on 3G); a body a service already gzipped is relayed as it is
  await fastify.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const { set, removed } = securityHeaders();
  const setSecurityHeaders = headerSetter(set, removed);
  fastify.addHook('onRequest', (_request, reply, next) => {
    setSecurityHeaders(reply.raw);
    next();
  });
}
