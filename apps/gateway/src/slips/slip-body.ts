import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SLIP_UPLOAD_CONTENT_TYPES, SLIP_UPLOAD_MAX_BYTES } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** The only route that takes raw image bytes (Nest registers it under the global prefix). */
export const SLIP_UPLOAD_ROUTE = '/api/v1/orders/:id/slips';

const tooLarge = () =>
  new DomainError('PAYLOAD_TOO_LARGE', `A slip may be at most ${SLIP_UPLOAD_MAX_BYTES / 1024 / 1024} MB`, [
    { field: 'slip', message: `at most ${SLIP_UPLOAD_MAX_BYTES / 1024 / 1024} MB` },
  ]);

/**
 * Image bodies, for the slip upload only: every other route still takes JSON under the global 1 MB
 * limit, and answers these content types as before (400). The body is read here rather than by Fastify's
 * `parseAs: 'buffer'` so a body over 5 MB is a 413 naming the `slip` field like every other error.
 */
export function registerSlipBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser([...SLIP_UPLOAD_CONTENT_TYPES], async (req: FastifyRequest, payload: NodeJS.ReadableStream) => {
    if (req.routeOptions.url !== SLIP_UPLOAD_ROUTE) {
      throw DomainError.validation('content-type', `${req.headers['content-type']} is accepted only by POST ${SLIP_UPLOAD_ROUTE}; send JSON`);
    }
    const declared = Number(req.headers['content-length']);
    if (declared > SLIP_UPLOAD_MAX_BYTES) throw tooLarge();
    return readAtMost(payload, SLIP_UPLOAD_MAX_BYTES);
  });
}

/**
 * The body, or PAYLOAD_TOO_LARGE as soon as it passes the limit. The rest is then read and dropped rather
 * than the socket destroyed, so the client (still sending) receives the 413 instead of a reset.
 */
function readAtMost(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      chunks.length = 0;
      stream.resume();
      reject(tooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', reject);
  });
}
