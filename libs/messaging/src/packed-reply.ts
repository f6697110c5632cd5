import { gunzipSync, gzipSync } from 'node:zlib';
import type { PackedReplyV1 } from '@app/contracts';

/**
 * NATS refuses messages over its max_payload (1 MB by default). Replies that can grow past it — a
 * national LAO-level report, an export file — are sent gzipped (level 1: speed matters more than the
 * last bytes; Thai text in JSON still shrinks several times).
 */
export function packReply(value: unknown): PackedReplyV1 {
  return { packed: 'gzip-base64', body: gzipSync(Buffer.from(JSON.stringify(value)), { level: 1 }).toString('base64') };
}

export function isPackedReply(reply: unknown): reply is PackedReplyV1 {
  return (
    !!reply &&
    typeof reply === 'object' &&
    (reply as PackedReplyV1).packed === 'gzip-base64' &&
    typeof (reply as PackedReplyV1).body === 'string'
  );
}

export function unpackReply<T>(reply: PackedReplyV1 | T | unknown): T {
  if (isPackedReply(reply)) return JSON.parse(gunzipSync(Buffer.from(reply.body, 'base64')).toString('utf8')) as T;
  return reply as T;
}
