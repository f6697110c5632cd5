import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrderStatus, SweepResultV1 } from '@app/contracts';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { Periodic } from '@app/messaging';
import { OrderOutbox } from '../events/order-events.js';
import { assertTransition, paymentDeadlinePassed } from '../lifecycle/order-lifecycle.js';
import { netPaid } from '../orders/money.js';
import type { Order } from '../orders/order.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { RefundsRepository } from '../refunds/refunds.repository.js';

/**
 * Time-driven transitions: an order unpaid past its payment deadline (deposit or balance) expires; a picked-up or delivered
 * order completes by itself N days after handover. Each sweep is ONE UPDATE … RETURNING with its events
 * written to the outbox in the same transaction, so any number of replicas may sweep at once: a row
 * another replica changed first no longer matches the WHERE and is not touched twice.
 */
@Injectable()
export class SweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private periodic?: Periodic;
  private readonly logger = new Logger('Sweeper');

  constructor(
    private readonly ds: DataSource,
    @Inject(ORDER_CONFIG) private readonly config: OrderConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic = Periodic.start(() => this.sweep(new Date()), this.config.sweepIntervalMs, this.logger, 'sweep');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.periodic?.stop();
  }

  async sweep(asOf: Date): Promise<SweepResultV1> {
    return { expired: await this.expire(asOf), completed: await this.autoComplete(asOf) };
  }

  /**
   * An order whose payment deadline passed (paymentDeadlinePassed: the deposit, a direct purchase's price, or
   * the balance after harvest). Whatever was paid towards it is owed back (a refund record); order.expired
   * lets harvest-preorder return the quantity. The SQL only finds candidates (a deadline passed); the rule
   * itself is decided in one place, in TypeScript. Rows are locked with SKIP LOCKED and re-checked by the
   * UPDATE, so replicas sweeping at once never expire an order twice, and an order a payment holds locked
   * is simply left for the next sweep.
   */
  async expire(asOf: Date): Promise<number> {
    return this.ds.transaction(async (em) => {
      const due = (await OrdersRepository.lockExpiryCandidates(em, asOf)).filter((c) =>
        paymentDeadlinePassed(c.order, asOf, c.slipUnderReview),
      );
      if (!due.length) return 0;
      const previous = new Map<string, OrderStatus>(due.map((c) => [c.order.id, c.order.status]));
      const expired = await OrdersRepository.expire(
        em,
        asOf,
        due.map((c) => c.order.id),
      );
      const orders: Order[] = [];
      for (const order of expired) {
        const from = previous.get(order.id)!;
        assertTransition(from, 'payment_deadline_passed', 'expired');
        await OrdersRepository.insertSystemHistory(em, [order.id], from, 'expired', 'payment_deadline_passed');
        const owed = netPaid(order);
        if (owed > 0) await RefundsRepository.insert(em, order.id, owed, 'order_expired');
        orders.push(order);
      }
      await OrderOutbox.expired(em, orders, asOf);
      this.logger.log({ message: 'orders expired', count: orders.length });
      return orders.length;
    });
  }

  async autoComplete(asOf: Date): Promise<number> {
    const cutoff = new Date(asOf.getTime() - this.config.autoCompleteAfterSeconds * 1000);
    return this.ds.transaction(async (em) => {
      const rows = await OrdersRepository.completeHandedOver(em, asOf, cutoff);
      for (const { order, previous } of rows) {
        assertTransition(previous, 'auto_complete', 'completed');
        await OrdersRepository.insertSystemHistory(em, [order.id], previous, 'completed', 'auto_complete');
        await OrderOutbox.completed(em, order, asOf);
      }
      if (rows.length) this.logger.log({ message: 'orders completed automatically', count: rows.length });
      return rows.length;
    });
  }
}
