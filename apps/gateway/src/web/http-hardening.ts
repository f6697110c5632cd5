import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Compression, and security headers on every response, through @fastify/helmet: a Content-Security-Policy that runs only the
 * app's own scripts (the server-rendered data travels as a JSON block, never as inline script), no framing
 * by other sites, no MIME sniffing, and referrers cut to the origin. Product photos may come from any
 * https address the producer published, so images are the one open source. Inline styles stay allowed for
 * the API's documentation page (Swagger UI); the web app itself uses none.
 */
export async function registerHttpHardening(fastify: FastifyInstance): Promise<void> {
  // pages, scripts and JSON travel compressed (a phone on 3G); a body a service already gzipped is relayed as it is
  await fastify.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await fastify.register(helmet, {
    global: true,
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
  });
}
