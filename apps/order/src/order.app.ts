import { INestMicroservice } from '@nestjs/common';
import { QUEUE_GROUPS } from '@app/contracts';
import { makeLogger } from '@app/config';
import { startServiceApp } from '@app/messaging';
import { OrderConfig } from './config.js';
import { orderModule } from './order.module.js';

export function createOrderApp(config: OrderConfig): Promise<INestMicroservice> {
  return startServiceApp(orderModule(config), {
    nats: config.nats,
    queue: QUEUE_GROUPS.order,
    logger: makeLogger('order', config),
  });
}
