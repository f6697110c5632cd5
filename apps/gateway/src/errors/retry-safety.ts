import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

const IDEMPOTENT_BY_KEY = 'http:idempotent-by-key';

/** The route returns the same result for a retry with the same Idempotency-Key (it never does its work twice). */
export const IdempotentByKey = () => SetMetadata(IDEMPOTENT_BY_KEY, true);

type Marked = FastifyRequest & { idempotentByKey?: boolean };

/** Marks the request when its route is @IdempotentByKey(), for the error filter (which cannot see the route). */
@Injectable()
export class RetrySafetyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (isIdempotentByKey(this.reflector, context.getHandler()))
      context.switchToHttp().getRequest<Marked>().idempotentByKey = true;
    return next.handle();
  }
}

/** Whether a route handler is @IdempotentByKey(). */
export function isIdempotentByKey(reflector: Reflector, handler: ReturnType<ExecutionContext['getHandler']>): boolean {
  return !!reflector.get<boolean>(IDEMPOTENT_BY_KEY, handler);
}

/** What RetrySafetyInterceptor does to the request of an @IdempotentByKey() route. */
export function markIdempotentByKey(req: FastifyRequest): void {
  (req as Marked).idempotentByKey = true;
}

/**
 * Whether a client may send the same request again after a 503 (the outcome unknown): a read, or a route
 * idempotent by key called with an Idempotency-Key. Anything else might have been done and be done twice.
 */
export function retrySafe(req: Marked): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  return (
    !!req.idempotentByKey &&
    typeof req.headers['idempotency-key'] === 'string' &&
    req.headers['idempotency-key'].trim() !== ''
  );
}
