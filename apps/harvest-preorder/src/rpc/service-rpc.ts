import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
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

  private async call<T>(subject: string, data: unknown, caller: Caller | null, requestId: string): Promise<T> {
    try {
      return await firstValueFrom(
        this.client.send<T>(subject, { caller, requestId, data }).pipe(timeout(this.config.rpcTimeoutMs)),
      );
    } catch (e) {
      if (DomainError.isPayload(e)) throw DomainError.fromPayload(e);
      if (
        e instanceof TimeoutError ||
        /no responders|timeout|connection|closed/i.test(String((e as Error)?.message ?? e))
      ) {
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          `No answer from ${subject.split('.')[0]} (${subject}); try again shortly`,
        );
      }
      throw e;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
