import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/transport-node';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { Caller, OpenOrdersCommandV1, OpenOrdersReplyV1, ProductSnapshotV1 } from '@app/contracts';
import { CatalogSubjects, OrderSubjects } from '@app/contracts';
import { DomainError, natsClientProxy } from '@app/messaging';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';

/** Requests to the catalog and the order service (their contracts in libs/contracts). */
@Injectable()
export class ServiceRpc implements OnApplicationShutdown {
  private readonly client: ClientProxy;

  constructor(@Inject(PREORDER_CONFIG) private readonly config: HarvestPreorderConfig) {
    this.client = natsClientProxy(config.nats);
  }

  productSnapshot(productId: string, caller: Caller | null, requestId: string): Promise<ProductSnapshotV1> {
    return this.call<ProductSnapshotV1>(CatalogSubjects.getProductSnapshot, { productId }, caller, requestId);
  }

  openOrders(cmd: OpenOrdersCommandV1, requestId: string): Promise<OpenOrdersReplyV1> {
    return this.call<OpenOrdersReplyV1>(OrderSubjects.openOrders, cmd, null, requestId);
  }

  /**
   * The same request as openOrders({ orders }), with the orders given as JSON text (reserve_group builds them in
   * PostgreSQL): the text goes into the request as it is instead of being parsed into objects and serialized
   * again. The envelope is Nest's, byte for byte around the orders (`{"pattern","data":{"caller","requestId",
   * "data"},"id"}`, what ClientProxy.send writes), sent on `nc` (a connection with this app's credentials and
   * inbox prefix); the order service's handler cannot tell the two apart. Errors as openOrders'.
   */
  async openOrdersJson(nc: NatsConnection, ordersJson: string, requestId: string): Promise<OpenOrdersReplyV1> {
    const subject = OrderSubjects.openOrders;
    const body = `{"pattern":${JSON.stringify(subject)},"data":{"caller":null,"requestId":${JSON.stringify(requestId)},"data":{"orders":${ordersJson}}},"id":"${randomUUID()}"}`;
    let reply: { err?: unknown; response?: OpenOrdersReplyV1 };
    try {
      reply = (await nc.request(subject, body, { timeout: this.config.rpcTimeoutMs })).json();
    } catch (e) {
      throw unavailable(subject, e);
    }
    if (reply.err !== undefined && reply.err !== null) {
      if (DomainError.isPayload(reply.err)) throw DomainError.fromPayload(reply.err);
      throw new Error(`${subject}: ${JSON.stringify(reply.err)}`);
    }
    return reply.response as OpenOrdersReplyV1;
  }

  private async call<T>(subject: string, data: unknown, caller: Caller | null, requestId: string): Promise<T> {
    try {
      return await firstValueFrom(
        this.client.send<T>(subject, { caller, requestId, data }).pipe(timeout(this.config.rpcTimeoutMs)),
      );
    } catch (e) {
      if (DomainError.isPayload(e)) throw DomainError.fromPayload(e);
      throw unavailable(subject, e);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

/** A request that got no answer (timeout, no responders, connection) as SERVICE_UNAVAILABLE; other errors as they are. */
function unavailable(subject: string, e: unknown): unknown {
  if (e instanceof TimeoutError || /no responders|timeout|connection|closed/i.test(String((e as Error)?.message ?? e)))
    return new DomainError(
      'SERVICE_UNAVAILABLE',
      `No answer from ${subject.split('.')[0]} (${subject}); try again shortly`,
    );
  return e;
}
