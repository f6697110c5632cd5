import { DomainError } from './domain-error.js';

/** Node socket errors: the peer (PostgreSQL, NATS) is not there or went away. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLSTATEs of a server that cannot serve now: class 08 (connection exception), 57P01–57P03 (shut down by
 * an administrator or a crash, cannot connect now), 53300 (too many connections).
 */
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;

/** What node-postgres, TypeORM, NATS and Nest's NATS client say when their peer is unreachable. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|terminating connection|server closed the connection unexpectedly|Client has encountered a connection error|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|is not currently accepting connections|Empty response\. There are no subscribers listening|no responders|closed connection|connection closed|CONNECTION_CLOSED|DISCONNECT/i;

/**
 * True when an error means a dependency (the database, the broker, another service) is down or its
 * answer was lost — not that this request or this code is wrong. Such a request may have committed or
 * not: the caller sees SERVICE_UNAVAILABLE (503) and retries (safely where the route is idempotent by key),
 * instead of INTERNAL (500), which is kept for bugs.
 */
export function isDependencyUnavailable(e: unknown): boolean {
  for (
    let err = e as Record<string, unknown> | undefined, depth = 0;
    err && typeof err === 'object' && depth < 4;
    depth++
  ) {
    const code = typeof err.code === 'string' ? err.code : undefined;
    if (code && (SOCKET_CODES.has(code) || PG_UNAVAILABLE.test(code))) return true;
    if (err.name === 'TimeoutError') return true;
    if (typeof err.message === 'string' && UNAVAILABLE_MESSAGE.test(err.message)) return true;
    // TypeORM keeps the driver's error; node's fetch and others keep a cause
    err = (err.driverError ?? err.cause) as Record<string, unknown> | undefined;
  }
  return false;
}

/** The SERVICE_UNAVAILABLE a service answers for such an error (the gateway adds Retry-After and retrySafe). */
export function unavailableError(what: string): DomainError {
  return new DomainError(
    'SERVICE_UNAVAILABLE',
    `${what} is unavailable for a moment; the outcome of this request is unknown — try again shortly`,
  );
}
