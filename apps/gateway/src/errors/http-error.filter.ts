import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBodyV1 } from '@app/contracts';
import { DomainError, ErrorCode, FieldError, isDependencyUnavailable } from '@app/messaging';
import { statusOf } from './error-status.js';
import { retrySafe } from './retry-safety.js';

/** How long a client should wait after a 503: a restarted service subscribes within seconds. */
export const RETRY_AFTER_SECONDS = 2;

/** ErrorBodyV1 (libs/contracts), its code one of the ErrorCode list. */
export interface ErrorBody extends ErrorBodyV1 {
  code: ErrorCode;
  fields?: FieldError[];
}

/** Every error leaves the gateway as `{ statusCode, code, message, fields? }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.answer(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }

  /** The error's answer on this reply (the filter of every route; the reservation fast path calls it directly). */
  answer(exception: unknown, req: FastifyRequest, reply: FastifyReply): void {
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error({
        message: 'request failed',
        requestId: req.id,
        url: req.url,
        error: String(exception),
        stack: (exception as Error)?.stack,
      });
    }
    if (
      body.code === 'RATE_LIMITED' &&
      exception instanceof DomainError &&
      (exception as RateLimitedError).retryAfterSeconds
    ) {
      reply.header('retry-after', String((exception as RateLimitedError).retryAfterSeconds));
    }
    if (body.code === 'SERVICE_UNAVAILABLE') {
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      body.retrySafe = retrySafe(req);
    }
    reply.status(body.statusCode).send(body);
  }

  private toBody(e: unknown): ErrorBody {
    if (e instanceof DomainError) {
      const b: ErrorBody = { statusCode: statusOf(e.code), code: e.code, message: e.message };
      if (e.fields) b.fields = e.fields;
      return b;
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      if (status === 400 && /JSON/i.test(e.message))
        return { statusCode: 400, code: 'INVALID_JSON', message: `Malformed JSON body: ${e.message}` };
      const code: ErrorCode =
        status === 404
          ? 'ROUTE_NOT_FOUND'
          : status === 401
            ? 'UNAUTHENTICATED'
            : status === 403
              ? 'FORBIDDEN'
              : status === 413
                ? 'PAYLOAD_TOO_LARGE'
                : status < 500
                  ? 'VALIDATION_FAILED'
                  : 'INTERNAL';
      return { statusCode: status, code, message: e.message };
    }
    // Fastify's own client errors (malformed JSON, wrong content type, body too large) are 4xx, not 500s.
    const fe = e as { statusCode?: number; code?: string; message?: string };
    if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      if (fe.statusCode === 413)
        return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large' };
      const json = /JSON|CTP/i.test(`${fe.code} ${fe.message}`);
      return {
        statusCode: 400,
        code: json ? 'INVALID_JSON' : 'VALIDATION_FAILED',
        message: json ? `Malformed JSON body: ${fe.message}` : String(fe.message),
      };
    }
    // the gateway's own database or NATS connection is down: a 503 like a service's, not a bug
    if (isDependencyUnavailable(e))
      return {
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'A database or service this request needs is unavailable for a moment; try again shortly',
      };
    return { statusCode: 500, code: 'INTERNAL', message: 'Internal error' };
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}
