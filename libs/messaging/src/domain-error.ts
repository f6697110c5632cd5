/**
 * Domain errors cross the NATS boundary as plain objects `{ code, message, fields? }`. Services throw
 * DomainError (never HTTP exceptions); the gateway maps each code to an HTTP status in one table
 * (apps/gateway/src/errors/error-status.ts), which fails to compile when a code here has no status.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'ILLEGAL_TRANSITION',
  'SOLD_OUT',
  'NOT_OPEN',
  'LIMIT_EXCEEDED',
  'AMOUNT_EXCEEDS_DUE',
  /** an uploaded bank slip whose verification QR cannot be read */
  'SLIP_UNREADABLE',
  'RATE_LIMITED',
  /** a consumer whose phone has not been verified with a one-time code yet (reserving, purchasing) */
  'PHONE_NOT_VERIFIED',
  /** one-time codes: not the code sent, past its 10 minutes, or locked after 5 wrong tries */
  'CODE_INCORRECT',
  'CODE_EXPIRED',
  'CODE_LOCKED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

export interface RpcErrorPayload {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toPayload(): RpcErrorPayload {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }

  static isPayload(value: unknown): value is RpcErrorPayload {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as RpcErrorPayload).code === 'string' &&
      (ERROR_CODES as readonly string[]).includes((value as RpcErrorPayload).code) &&
      typeof (value as RpcErrorPayload).message === 'string'
    );
  }

  static fromPayload(p: RpcErrorPayload): DomainError {
    return new DomainError(p.code, p.message, p.fields);
  }

  static notFound(what: string, id: string, field?: string): DomainError {
    return new DomainError(
      'NOT_FOUND',
      `${what} ${id} not found`,
      field ? [{ field, message: `${what} ${id} not found` }] : undefined,
    );
  }

  static forbidden(message: string): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static validation(field: string, message: string): DomainError {
    return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
  }
}
