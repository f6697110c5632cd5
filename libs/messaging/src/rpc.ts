import {
  ArgumentsHost,
  CallHandler,
  Catch,
  ExecutionContext,
  Injectable,
  Logger,
  NestInterceptor,
  PipeTransform,
  RpcExceptionFilter,
} from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError, tap } from 'rxjs';
import type { Caller, RpcEnvelope } from '@app/contracts';
import { DomainError } from './domain-error.js';
import { validatePayload } from './validation.js';

/**
 * Service side of the domain-error ⇄ RPC mapping: a DomainError leaves as its payload; anything else is
 * logged with the request id and leaves as INTERNAL (the gateway answers 500, which is always a bug).
 */
@Catch()
export class DomainErrorRpcFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    if (exception instanceof DomainError) return throwError(() => exception.toPayload());
    if (exception instanceof RpcException) {
      const e = exception.getError();
      if (DomainError.isPayload(e)) return throwError(() => e);
    }
    const envelope = host.switchToRpc().getData() as Partial<RpcEnvelope> | undefined;
    this.logger.error(
      { message: 'unhandled error', requestId: envelope?.requestId, error: String(exception), stack: (exception as Error)?.stack },
    );
    return throwError(() => ({ code: 'INTERNAL', message: 'Internal error' }));
  }
}

/** Logs every handled request with its request id, so one id follows a request across services. */
@Injectable()
export class RpcLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Rpc');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rpc = context.switchToRpc();
    const subject = (rpc.getContext() as { getSubject?: () => string })?.getSubject?.();
    const envelope = rpc.getData() as Partial<RpcEnvelope> | undefined;
    const started = Date.now();
    return next.handle().pipe(
      tap({
        next: () => this.logger.debug?.({ message: 'handled', subject, requestId: envelope?.requestId, ms: Date.now() - started }),
        error: (err: unknown) =>
          this.logger.log({
            message: 'refused',
            subject,
            requestId: envelope?.requestId,
            code: err instanceof DomainError ? err.code : 'INTERNAL',
            ms: Date.now() - started,
          }),
      }),
    );
  }
}

/** Validates `envelope.data` against a DTO and hands the handler `{ caller, requestId, data: dto }`. */
export class EnvelopePipe<T extends object> implements PipeTransform<RpcEnvelope, Promise<RpcEnvelope<T>>> {
  constructor(private readonly dto?: new () => T) {}

  async transform(value: RpcEnvelope): Promise<RpcEnvelope<T>> {
    if (typeof value !== 'object' || value === null || !('data' in value)) {
      throw new DomainError('VALIDATION_FAILED', 'Malformed request envelope');
    }
    const data = this.dto ? await validatePayload(this.dto, value.data ?? {}) : (value.data as T);
    return { caller: value.caller ?? null, requestId: value.requestId ?? 'unknown', data };
  }
}

/** Requires a signed-in caller. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return caller;
}
