import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { OrderStatus, SweepResultV1 } from '@app/contracts';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { OrderOutbox } from '../events/order-events.js';
import { assertTransition, EXPIRY_CANDIDATE_SQL, paymentDeadlinePassed } from '../lifecycle/order-lifecycle.js';
import { netPaid } from '../orders/money.js';
import { toOrder } from '../orders/order.js';
import type { Order, OrderRow } from '../orders/order.js';
import { OrderStore } from '../orders/order.store.js';
import { SlipRepository } from '../slips/slip.repository.js';

/**
 * Time-driven transitions: an order unpaid past its payment deadline (deposit or balance) expires; a picked-up or delivered
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
   * An order whose payment deadline passed (paymentDeadlinePassed: the deposit, a direct purchase's price, or
   * the balance after harvest). Whatever was paid towards it is owed back (a refund record); order.expired
   * lets harvest-preorder return the quantity. The SQL only finds candidates (a deadline passed); the rule
   * itself is decided in one place, in TypeScript. Rows are locked with SKIP LOCKED and re-checked by the
   * UPDATE, so replicas sweeping at once never expire an order twice, and an order a payment holds locked
   * is simply left for the next sweep.
   */
  async expire(asOf: Date): Promise<number> {
    return this.ds.transaction(async (em) => {
      const candidates: OrderRow[] = await em.query(
        `SELECT o.*, ${SlipRepository.underReviewCondition(true)} AS slip_under_review FROM orders o
          WHERE ${EXPIRY_CANDIDATE_SQL('$1')} ORDER BY o.id FOR UPDATE OF o SKIP LOCKED`,
        [asOf.toISOString()],
      );
      const due = candidates.filter((r) => paymentDeadlinePassed(toOrder(r), asOf, r.slip_under_review === true));
      if (!due.length) return 0;
      const previous = new Map<string, OrderStatus>(due.map((r) => [r.id, r.status]));
      const [rows] = await em.query(
        `UPDATE orders o SET status = 'expired', status_changed_at = $1, updated_at = now()
          WHERE o.id = ANY($2::uuid[]) AND o.status IN ('awaiting_deposit', 'awaiting_balance')
          RETURNING o.*`,
        [asOf.toISOString(), due.map((r) => r.id)],
      );
      const orders: Order[] = [];
      for (const r of rows as OrderRow[]) {
        const from = previous.get(r.id)!;
        assertTransition(from, 'payment_deadline_passed', 'expired');
        const order = toOrder(r);
        await this.history(em, [order.id], from, 'expired', 'payment_deadline_passed');
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
