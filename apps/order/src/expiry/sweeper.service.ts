import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { SweepResultV1 } from '@app/contracts';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { OrderOutbox } from '../events/order-events.js';
import { assertTransition } from '../lifecycle/order-lifecycle.js';
import { netPaid } from '../orders/money.js';
import { toOrder } from '../orders/order.js';
import type { Order } from '../orders/order.js';
import { OrderStore } from '../orders/order.store.js';

/**
 * Time-driven transitions: an unpaid deposit past its deadline expires the order; a picked-up or delivered
 * order completes by itself N days after handover. Each sweep is ONE UPDATE … RETURNING with its events
 * written to the outbox in the same transaction, so any number of replicas may sweep at once: a row
 * another replica changed first no longer matches the WHERE and is not touched twice.
 */
@Injectable()
export class SweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sweeper');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly ds: DataSource,
    @Inject(ORDER_CONFIG) private readonly config: OrderConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep(new Date())
        .catch((e) => this.logger.error({ message: 'sweep failed; next interval retries', error: String(e) }))
        .finally(() => (this.running = undefined));
    }, this.config.sweepIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(asOf: Date): Promise<SweepResultV1> {
    return { expired: await this.expire(asOf), completed: await this.autoComplete(asOf) };
  }

  /**
   * A reservation whose deposit, or a direct purchase whose price, is not paid by the deadline. Whatever was
   * paid towards it is owed back (a refund record); order.expired lets harvest-preorder return the quantity.
   */
  async expire(asOf: Date): Promise<number> {
    return this.ds.transaction(async (em) => {
      const [rows] = await em.query(
        `UPDATE orders o SET status = 'expired', status_changed_at = $1, updated_at = now()
           FROM orders before
          WHERE o.id = before.id AND o.deposit_deadline <= $1
            -- the same rule as paymentDeadlineRuns(): an unpaid deposit, before or after the harvest, or a direct purchase
            AND (o.status = 'awaiting_deposit'
                 OR (o.status = 'awaiting_balance' AND (o.reservation_id IS NULL OR o.paid_satang - o.refunded_satang < o.deposit_due_satang)))
          RETURNING o.*, before.status AS previous_status`,
        [asOf.toISOString()],
      );
      if (!rows.length) return 0;
      const orders: Order[] = [];
      for (const r of rows) {
        assertTransition(r.previous_status, 'payment_deadline_passed', 'expired');
        const order = toOrder(r);
        await this.history(em, [order.id], r.previous_status, 'expired', 'payment_deadline_passed');
        const owed = netPaid(order);
        if (owed > 0) await OrderStore.insertRefund(em, order.id, owed, 'order_expired');
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
      const [rows] = await em.query(
        `UPDATE orders o SET status = 'completed', completed_at = $1, status_changed_at = $1, updated_at = now()
           FROM orders before
          WHERE o.id = before.id AND o.status IN ('picked_up', 'delivered') AND o.handed_over_at <= $2
          RETURNING o.*, before.status AS previous_status`,
        [asOf.toISOString(), cutoff.toISOString()],
      );
      for (const r of rows) {
        assertTransition(r.previous_status, 'auto_complete', 'completed');
        await this.history(em, [r.id], r.previous_status, 'completed', 'auto_complete');
        await OrderOutbox.completed(em, toOrder(r), asOf);
      }
      if (rows.length) this.logger.log({ message: 'orders completed automatically', count: rows.length });
      return rows.length;
    });
  }

  private async history(em: EntityManager, ids: string[], from: string, to: string, trigger: string): Promise<void> {
    await em.query(
      `INSERT INTO order_status_history (order_id, from_status, to_status, trigger, actor, at)
       SELECT id, $2, $3, $4, 'system', now() FROM unnest($1::uuid[]) AS id`,
      [ids, from, to, trigger],
    );
  }
}
