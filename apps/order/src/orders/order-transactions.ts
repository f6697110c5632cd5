import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller, OrderViewV1 } from '@app/contracts';
import { OrderViews } from '../views/order-views.service.js';
import type { Order } from './order.js';
import { OrdersRepository } from './orders.repository.js';

/**
 * How a person's change to an order runs (payments, slips, refunds, fulfilment): in one transaction the
 * order is locked (changes of one order take turns), the caller is checked against it (`check`: its
 * manager, or its consumer), then `change` runs — a refused change leaves nothing. The answer is the order
 * as the caller now sees it.
 */
@Injectable()
export class OrderTransactions {
  constructor(
    private readonly ds: DataSource,
    private readonly views: OrderViews,
  ) {}

  async change(
    caller: Caller,
    orderId: string,
    check: (caller: Caller, order: Order) => void,
    change: (em: EntityManager, order: Order) => Promise<unknown>,
  ): Promise<OrderViewV1> {
    await this.ds.transaction(async (em) => {
      const order = await OrdersRepository.lock(em, orderId);
      check(caller, order);
      await change(em, order);
    });
    return this.views.get(caller, orderId);
  }
}
