import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { Caller, RpcEnvelope } from '@app/contracts';
import { DomainError, isDependencyUnavailable } from '@app/messaging';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';

export const NATS_CLIENT = Symbol('NATS_CLIENT');

/** The context of one HTTP request that travels with every NATS message it causes. */
export interface RequestContext {
  caller: Caller | null;
  requestId: string;
}

/**
 * Request/reply to the services. A service's domain error comes back as the same DomainError; no replica
 * listening, no reply in time or NATS down is SERVICE_UNAVAILABLE naming the subject (503 with Retry-After).
 * No replica listening is known at once (NATS no-responders: the client connects with headers), so a
 * stopped service fails fast without a per-replica memo.
 */
@Injectable()
export class ServiceClient implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_CLIENT) private readonly client: ClientProxy,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async call<T>(subject: string, data: unknown, ctx: RequestContext, timeoutMs = this.config.rpcTimeoutMs): Promise<T> {
    const envelope: RpcEnvelope = { caller: ctx.caller, requestId: ctx.requestId, data: data ?? {} };
    try {
      return await firstValueFrom(this.client.send<T>(subject, envelope).pipe(timeout(timeoutMs)));
    } catch (e) {
      if (DomainError.isPayload(e)) throw DomainError.fromPayload(e);
      const service = subject.split('.')[0];
      // NATS answers at once when no replica listens (Nest: "Empty response. There are no subscribers
      // listening"): the request reached nobody, so a client may retry it whatever the route
      if (/no subscribers listening|no responders/i.test(String((e as Error)?.message ?? e))) {
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          `${service} is not running (no replica listens to ${subject}); nothing was done — try again shortly`,
        );
      }
      if (
        e instanceof TimeoutError ||
        isDependencyUnavailable(e) ||
        /timeout|connection/i.test(String((e as Error)?.message ?? e))
      ) {
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          `No answer from ${service} (${subject}); the outcome is unknown — try again shortly`,
        );
      }
      throw e;
    }
  }

  /** The underlying NATS connection (health checks). */
  nats(): { flush(): Promise<void>; isClosed(): boolean } | null {
    try {
      return this.client.unwrap();
    } catch {
      return null;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
