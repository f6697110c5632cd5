import { applyDecorators, createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiResponse } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ErrorBodyV1,
  PHOTO_UPLOAD_CONTENT_TYPES,
  PHOTO_UPLOAD_MAX_BYTES,
  SLIP_UPLOAD_CONTENT_TYPES,
  SLIP_UPLOAD_MAX_BYTES,
} from '@app/contracts';
import { DomainError } from '@app/messaging';

/** The routes that take raw image bytes (Nest registers them under the global prefix), their limit and field. */
export const SLIP_UPLOAD_ROUTE = '/api/v1/orders/:id/slips';
export const PHOTO_UPLOAD_ROUTE = '/api/v1/products/:id/photos';
export type ImageRoute = typeof SLIP_UPLOAD_ROUTE | typeof PHOTO_UPLOAD_ROUTE;
const IMAGE_ROUTES: Record<ImageRoute, { maxBytes: number; field: string; types: readonly string[] }> = {
  [SLIP_UPLOAD_ROUTE]: { maxBytes: SLIP_UPLOAD_MAX_BYTES, field: 'slip', types: SLIP_UPLOAD_CONTENT_TYPES },
  [PHOTO_UPLOAD_ROUTE]: { maxBytes: PHOTO_UPLOAD_MAX_BYTES, field: 'photo', types: PHOTO_UPLOAD_CONTENT_TYPES },
};
const IMAGE_TYPES = [...new Set(Object.values(IMAGE_ROUTES).flatMap((r) => r.types))];

const tooLarge = ({ maxBytes, field }: { maxBytes: number; field: string }) =>
  new DomainError('PAYLOAD_TOO_LARGE', `A ${field} may be at most ${maxBytes / 1024 / 1024} MB`, [
    { field, message: `at most ${maxBytes / 1024 / 1024} MB` },
  ]);

/**
 * Image bodies, for the slip and photo uploads only: every other route still takes JSON under the global
 * 1 MB limit, and answers these content types as before (400). The body is read here rather than by
 * Fastify's `parseAs: 'buffer'` so a body over the route's limit is a 413 naming its field like every other error.
 */
export function registerSlipBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(IMAGE_TYPES, async (req: FastifyRequest, payload: NodeJS.ReadableStream) => {
    const route = IMAGE_ROUTES[(req.routeOptions.url ?? '') as ImageRoute];
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (!route || !route.types.includes(type)) {
      const takers = Object.entries(IMAGE_ROUTES)
        .filter(([, r]) => r.types.includes(type))
        .map(([u]) => `POST ${u}`);
      throw DomainError.validation(
        'content-type',
        `${req.headers['content-type']} is accepted only by ${takers.join(', ')}; send JSON`,
      );
    }
    const declared = Number(req.headers['content-length']);
    if (declared > route.maxBytes) throw tooLarge(route);
    return readAtMost(payload, route);
  });
}

/**
 * The body, or PAYLOAD_TOO_LARGE as soon as it passes the limit. The rest is then read and dropped rather
 * than the socket destroyed, so the client (still sending) receives the 413 instead of a reset.
 */
function readAtMost(stream: NodeJS.ReadableStream, route: { maxBytes: number; field: string }): Promise<Buffer> {
  const limit = route.maxBytes;
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
      reject(tooLarge(route));
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', reject);
  });
}

/** The raw request body as registerSlipBodyParser read it (a Buffer), past the JSON pipes, which have nothing to check in bytes. */
export const ImageBody = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<FastifyRequest>().body,
);

/** The image bytes an upload route received; nothing sent → 400 naming the route's field. */
export function imageBytes(route: ImageRoute, body: unknown): Buffer {
  const { field, types } = IMAGE_ROUTES[route];
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw DomainError.validation(field, `send the image bytes as the body, with Content-Type ${types.join(', ')}`);
  return body;
}

/** An upload route's OpenAPI: the image types it takes, the bytes as the body, 413 past its limit. */
export const ImageUpload = (route: ImageRoute, bytes: string) => {
  const { maxBytes, field, types } = IMAGE_ROUTES[route];
  return applyDecorators(
    ApiConsumes(...types),
    ApiBody({ description: bytes, schema: { type: 'string', format: 'binary' } }),
    ApiResponse({
      status: 413,
      description: `Body over ${maxBytes / 1024 / 1024} MB (PAYLOAD_TOO_LARGE, field ${field})`,
      type: ErrorBodyV1,
    }),
  );
};
