import type { FastifyReply } from 'fastify';

/**
 * An image a user uploaded, as the service stored it (base64): its type, how long caches may keep it, and
 * nosniff, so a browser never takes the bytes for anything but that image.
 */
export function storedImage(reply: FastifyReply, contentType: string, cacheControl: string, base64: string): Buffer {
  reply.header('content-type', contentType);
  reply.header('cache-control', cacheControl);
  reply.header('x-content-type-options', 'nosniff');
  return Buffer.from(base64, 'base64');
}

/** A download: the browser saves the answer as a file of this name instead of showing it. */
export function asAttachment(reply: FastifyReply, contentType: string, filename: string): void {
  reply.header('content-type', contentType);
  reply.header('content-disposition', `attachment; filename="${filename}"`);
}
