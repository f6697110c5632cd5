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
import { MessagePattern, Payload, RpcException } from '@nestjs/microservices';
import { Observable, throwError, tap } from 'rxjs';
import type { Caller, Role, RpcEnvelope } from '@app/contracts';
import { DomainError } from './domain-error.js';
import { isDependencyUnavailable, unavailableError } from './unavailable.js';
import { validatePayload } from './validation.js';

/** PostgreSQL data exceptions (class 22) that only malformed client input causes. */
const CLIENT_DATA_ERRORS = new Map([
  ['22001', 'a text is too long'],
  ['22003', 'a number is out of range'],
  ['22007', 'a date or time is malformed'],
  ['22008', 'a date or time is out of range'],
  ['22021', 'a text contains a character that cannot be stored'],
  ['22P02', 'a value is malformed (for example an id that is not a UUID)'],
  ['22P05', 'a text contains a character that cannot be stored'],
]);

/**
 * Service side of the domain-error ⇄ RPC mapping: a DomainError leaves as its payload; an unreachable
 * database or service leaves as SERVICE_UNAVAILABLE (503); anything else is logged with the request id and
 * leaves as INTERNAL (the gateway answers 500, which is always a bug).
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
    const pgCode = (exception as { driverError?: { code?: string } })?.driverError?.code;
    if (pgCode && CLIENT_DATA_ERRORS.has(pgCode)) {
      // Backstop: input the validators let through but PostgreSQL cannot take is still the client's
      // mistake (400), logged so the missing validation gets added.
      this.logger.warn({
        message: 'database refused client data',
        requestId: envelope?.requestId,
        pgCode,
        error: String(exception),
      });
      return throwError(() => ({
        code: 'VALIDATION_FAILED',
        message: `Invalid input: ${CLIENT_DATA_ERRORS.get(pgCode)}`,
      }));
    }
    if (isDependencyUnavailable(exception)) {
      // the database or another service is down (or its answer was lost, as in a commit): not a bug, a 503
      this.logger.warn({ message: 'dependency unavailable', requestId: envelope?.requestId, error: String(exception) });
      return throwError(() => unavailableError('A database or service this request needs').toPayload());
    }
    this.logger.error({
      message: 'unhandled error',
      requestId: envelope?.requestId,
      error: String(exception),
      stack: (exception as Error)?.stack,
    });
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
        next: () =>
          this.logger.debug?.({
            message: 'handled',
            subject,
            requestId: envelope?.requestId,
            ms: Date.now() - started,
          }),
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

/**
 * A service's request/reply handler: answers `subject`, with the envelope as the method's first parameter and
 * its data validated against `dto` (EnvelopePipe) — `@MessagePattern(subject)` and
 * `@Payload(new EnvelopePipe(dto))` in one, so no handler takes an unvalidated payload.
 */
export function Rpc<T extends object>(subject: string, dto?: new () => T): MethodDecorator {
  return (target, key, descriptor) => {
    Payload(new EnvelopePipe(dto))(target, key, 0);
    MessagePattern(subject)(target, key, descriptor);
  };
}

/** Requires a signed-in caller. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return caller;
}

/** Requires a signed-in caller who holds `role`; anyone else is refused with `message`. */
export function requireRole(caller: Caller | null, role: Role, message: string): Caller {
  const signedIn = requireCaller(caller);
  if (!signedIn.roles.includes(role)) throw DomainError.forbidden(message);
  return signedIn;
}
