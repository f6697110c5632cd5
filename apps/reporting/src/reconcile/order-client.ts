import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { randomUUID } from 'node:crypto';
import { OrderSubjects } from '@app/contracts';
import type { CompletedOrderFactV1, RpcEnvelope } from '@app/contracts';
import { DomainError, natsClientProxy } from '@app/messaging';
import type { NatsEndpoint } from '@app/messaging';
import type { CompletedOrdersSource } from './reconcile.service.js';

/**
 * OrderSubjects.listCompleted over NATS, as any service calls another. No user stands behind a
 * reconciliation, so it goes as an internal call (caller null), which the order service allows for this
 * subject only (an internal subject: NATS lets only reporting's user publish it); a signed-in caller must be
 * a dla_admin.
 */
export function orderServiceClient(nats: NatsEndpoint): ClientProxy {
  return natsClientProxy(nats);
}

export function completedOrdersSource(client: ClientProxy, timeoutMs: number): CompletedOrdersSource {
  return async (query) => {
    const envelope: RpcEnvelope = { caller: null, requestId: `reconcile-${randomUUID()}`, data: query };
    try {
      return await firstValueFrom(
        client
          .send<CompletedOrderFactV1[] | { items: CompletedOrderFactV1[] }>(OrderSubjects.listCompleted, envelope)
          .pipe(timeout(timeoutMs)),
      );
    } catch (e) {
      if (DomainError.isPayload(e)) throw DomainError.fromPayload(e);
      throw e;
    }
  };
}
