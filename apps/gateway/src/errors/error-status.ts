import type { ErrorCode } from '@app/messaging';

/**
 * The one mapping from domain error codes to HTTP statuses. `satisfies Record<ErrorCode, number>` makes a
 * new code without a status a compile error.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  AMOUNT_EXCEEDS_DUE: 400,
  SLIP_UNREADABLE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  PHONE_NOT_VERIFIED: 403,
  CODE_INCORRECT: 400,
  CODE_EXPIRED: 400,
  CODE_LOCKED: 400,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  ILLEGAL_TRANSITION: 409,
  SOLD_OUT: 409,
  NOT_OPEN: 409,
  LIMIT_EXCEEDED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<ErrorCode, number>;

export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
