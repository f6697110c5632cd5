import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** A 6-digit one-time code, uniformly drawn (leading zeros kept). */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * What is stored instead of the code: an HMAC keyed with the gateway's secret, over the phone, the
 * purpose and the code. A copy of the database alone cannot be turned back into live codes (a plain
 * hash of 6 digits falls to a million guesses), and a code for one phone or purpose matches no other.
 */
export function codeHash(secret: string, phone: string, purpose: string, code: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${phone}:${code}`).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
