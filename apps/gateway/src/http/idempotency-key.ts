import { createHash } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { DomainError } from '@app/messaging';
import { IdempotentByKey } from '../errors/retry-safety.js';

export const IDEMPOTENCY_KEY = 'Idempotency-Key';

/**
 * A creating route that takes an optional Idempotency-Key (its id then comes from idForKey): marked idempotent
 * by key for the error filter, and the header documented with what a retry answers.
 */
export const CreatesByKey = (description: string) =>
  applyDecorators(IdempotentByKey(), ApiHeader({ name: IDEMPOTENCY_KEY, required: false, description }));

/** A creating route that requires an Idempotency-Key (a consumer's reservation or purchase): marked and documented. */
export const CreatesByRequiredKey = (description?: string) =>
  applyDecorators(
    IdempotentByKey(),
    ApiHeader({ name: IDEMPOTENCY_KEY, required: true, ...(description === undefined ? {} : { description }) }),
  );

/**
 * The id of a thing a caller creates, derived from the caller and its Idempotency-Key (a name-based UUID:
 * a retry on any replica names the same thing, and one caller's key never meets another's). Without a key,
 * undefined: the service picks a random id. `kind` keeps a producer's and a product's ids apart.
 */
export function idForKey(
  kind: 'producer' | 'product' | 'content-link',
  userId: string,
  key: string | undefined,
): string | undefined {
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key))
    throw DomainError.validation(IDEMPOTENCY_KEY, 'must be 1–200 visible ASCII characters');
  const h = createHash('sha1').update(`khongdee:${kind}:${userId}:${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
