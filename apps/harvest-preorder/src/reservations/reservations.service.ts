import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PreorderEvents } from '@app/contracts';
import { reserveRefusal } from '@app/contracts';
import type { EventOf, Caller, CancelReservationDto, DeliveryAddressDto, OrderExpiredV1, ReservationCancelledV1, ReservationV1, ReserveCommandDto, ReservationFulfilmentDto, ReservationStatus, ReserveGroupItemV1, ReserveGroupResultV1 } from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller } from '@app/messaging';
import { cancelledByOf } from '../batches/batch.policy.js';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';
import { returning } from '../db.js';
import { releaseAndOfferWaitlist } from '../waitlist/waitlist.js';
import { LiveTicks } from '../live/live-ticks.js';
import { OrderOpener } from './order-opener.js';
import { Coalescer } from './reserve-coalescer.js';
import { GroupReserver } from './reserve-group.service.js';
import { reservationNext } from './reservation-lifecycle.js';

/**
 * A reservation sent alone (HarvestPreorderSubjects.reserve, one NATS request each — the gateway sends
 * groups instead, on reserveGroup). This replica gathers them per batch for a few milliseconds and decides
 * them through the same reserve_group call as the gateway's groups (GroupReserver): one code path decides
 * every reservation.
 */
@Injectable()
export class ReservationsService {
  private readonly logger = new Logger('Reservations');
  private readonly coalescer: Coalescer<ReserveGroupItemV1, ReserveGroupResultV1>;

  constructor(
    private readonly ds: DataSource,
    private readonly orders: OrderOpener,
    private readonly live: LiveTicks,
    private readonly groups: GroupReserver,
    @Inject(PREORDER_CONFIG) config: HarvestPreorderConfig,
  ) {
    this.coalescer = new Coalescer<ReserveGroupItemV1, ReserveGroupResultV1>({
      windowMs: config.reserveCoalesceMs,
      maxGroup: config.reserveMaxGroup,
      decide: async (_batchId, items) => JSON.parse(await this.groups.decide(JSON.stringify(items), 'reserve')) as ReserveGroupResultV1[],
    });
  }

  /** 201 {id, status, quantity, orderId} — only once the order of a confirmed reservation is open. */
  async reserve(callerOrNull: Caller | null, dto: ReserveCommandDto, requestId: string): Promise<ReservationV1> {
    const caller = requireCaller(callerOrNull);
    if (!caller.roles.includes('consumer')) throw DomainError.forbidden('Reserving needs a consumer login');
    const f = fulfilmentOf(dto.fulfilment);
    // one group (and one live-sale counter) per batch: ids in PostgreSQL's lower case, whatever case was sent
    const batchId = dto.batchId.toLowerCase();
    const d = await this.coalescer
      .submit(batchId, { b: batchId, c: caller.userId, k: dto.idempotencyKey, q: dto.quantity, p: dto.allowPartial ?? true, f })
      .catch((e) => {
        this.logger.error({ message: 'reservation group failed', requestId, error: String(e) });
        throw new DomainError('SERVICE_UNAVAILABLE', 'The reservation could not be decided; nothing was reserved. Try again with the same Idempotency-Key');
      });
    const refusal = reserveRefusal(d, dto.batchId);
    if (refusal) throw new DomainError(refusal.code, refusal.message, refusal.fields);
    return { id: d.id!, status: d.s!, quantity: d.q!, orderId: d.oid };
  }

  /** DELETE /reservations/:id — by its consumer before close, or by the farmer / LAO admin with a reason. */
  async cancel(callerOrNull: Caller | null, dto: CancelReservationDto): Promise<ReservationV1> {
    const caller = requireCaller(callerOrNull);
    const [found]: Array<{ batch_id: string }> = await this.ds.query(`SELECT batch_id FROM reservations WHERE id = $1`, [dto.reservationId]);
    if (!found) throw DomainError.notFound('Reservation', dto.reservationId, 'reservationId');
    const { view, promoted } = await this.ds.transaction(async (em) => {
      // lock order of the hot path: the batch row first
      const [b]: Array<{ status: string; producer_id: string; lao_code: string }> = await em.query(
        `SELECT status, producer_id, lao_code FROM batches WHERE id = $1 FOR UPDATE`,
        [found.batch_id],
      );
      const [r]: Array<{ id: string; consumer_id: string; status: ReservationStatus; quantity: number; order_id: string | null }> = await em.query(
        `SELECT id, consumer_id, status, quantity, order_id FROM reservations WHERE id = $1 FOR UPDATE`,
        [dto.reservationId],
      );
      const by = cancelledByOf(caller, { id: r.id, consumerId: r.consumer_id }, { producerId: b.producer_id, laoCode: b.lao_code }, b.status, dto.reason);
      const to = reservationNext(r.status, 'cancel');
      const reason = dto.reason?.trim() || 'cancelled by the consumer';
      await em.query(`UPDATE reservations SET status = $2, cancelled_at = now(), cancelled_by = $3, cancel_reason = $4 WHERE id = $1`, [r.id, to, by, reason]);
      await em.query(`UPDATE consumer_holds SET held = held - $3 WHERE batch_id = $1 AND consumer_id = $2`, [found.batch_id, r.consumer_id, r.quantity]);
      let promoted: string[] = [];
      if (r.status === 'confirmed') {
        promoted = await releaseAndOfferWaitlist(em, found.batch_id, r.quantity);
        await addToOutbox(em, cancelledEvent(r.id, r.order_id!, found.batch_id, r.quantity, reason, by));
      }
      return { view: { id: r.id, status: to, quantity: r.quantity, orderId: r.order_id }, promoted };
    });
    this.openLater(promoted);
    this.live.tick(found.batch_id);
    return view;
  }

  /** order.expired: the deposit was not paid in time — the quantity returns and the waitlist is offered. */
  async onOrderExpired(event: EventOf<'order.expired', 1>, em: EntityManager): Promise<void> {
    const e = event.data;
    if (!e.reservationId) return this.returnExpiredPurchase(e, em);
    await em.query(`SELECT 1 FROM batches WHERE id = $1 FOR UPDATE`, [e.batchId]);
    const [r]: Array<{ status: ReservationStatus; quantity: number; allocated: number | null; consumer_id: string; batch_id: string }> = await em.query(
      `SELECT status, quantity, allocated, consumer_id, batch_id FROM reservations WHERE id = $1 AND order_id = $2 FOR UPDATE`,
      [e.reservationId, e.orderId],
    );
    if (r?.status === 'allocated') return this.returnExpiredAllocation(e.reservationId, r.batch_id, r.consumer_id, r.allocated ?? 0, em);
    if (!r || r.status !== 'confirmed') return; // already cancelled or expired: nothing is held any more
    await em.query(`UPDATE reservations SET status = $2, cancelled_at = now(), cancelled_by = 'system', cancel_reason = 'deposit not paid in time' WHERE id = $1`, [
      e.reservationId,
      reservationNext(r.status, 'expire'),
    ]);
    await em.query(`UPDATE consumer_holds SET held = held - $3 WHERE batch_id = $1 AND consumer_id = $2`, [r.batch_id, r.consumer_id, r.quantity]);
    const promoted = await releaseAndOfferWaitlist(em, r.batch_id, r.quantity);
    // the promoted ones are committed with the inbox row; the retry loop opens their orders
    if (promoted.length) this.logger.log({ message: 'waitlist promoted after an expiry', batchId: r.batch_id, count: promoted.length });
  }

  /**
   * Allocated at harvest, then expired (the order service's rule: the deposit still unpaid at its deadline,
   * or the balance unpaid at the balance deadline): its units become stock on hand that others can buy, while
   * the batch sells it, and the consumer's hold on the batch shrinks by them. Exactly once: the inbox drops a
   * redelivered event, and the reservation is no longer 'allocated' after the first.
   */
  private async returnExpiredAllocation(reservationId: string, batchId: string, consumerId: string, allocated: number, em: EntityManager): Promise<void> {
    await em.query(`UPDATE reservations SET status = $2, cancelled_at = now(), cancelled_by = 'system', cancel_reason = 'deposit not paid in time' WHERE id = $1`, [
      reservationId,
      reservationNext('allocated', 'expire'),
    ]);
    if (allocated > 0) await em.query(`UPDATE batches SET stock = stock + $2, updated_at = now() WHERE id = $1 AND status = 'harvested'`, [batchId, allocated]);
    await releaseHold(em, batchId, consumerId, allocated);
  }

  /** An unpaid direct purchase of stock on hand: its units go back on sale (once, whatever redelivery). */
  private async returnExpiredPurchase(e: OrderExpiredV1, em: EntityManager): Promise<void> {
    await em.query(`SELECT 1 FROM batches WHERE id = $1 FOR UPDATE`, [e.batchId]);
    const back = await returning<{ quantity: number; consumer_id: string }>(
      em,
      `UPDATE stock_purchases SET expired_at = now() WHERE order_id = $1 AND batch_id = $2 AND expired_at IS NULL RETURNING quantity, consumer_id`,
      [e.orderId, e.batchId],
    );
    if (!back.length) return;
    await em.query(`UPDATE batches SET stock_sold = stock_sold - $2, updated_at = now() WHERE id = $1`, [e.batchId, back[0].quantity]);
    await releaseHold(em, e.batchId, back[0].consumer_id, back[0].quantity);
  }

  /** Opens orders after a commit without holding up the answer; the retry loop covers a failure. */
  openLater(ids: string[]): void {
    if (ids.length) this.orders.open(ids, 'waitlist').catch((e) => this.logger.warn({ message: 'opening promoted orders failed; will retry', error: String(e) }));
  }
}

/** Units the consumer no longer has from the batch (never below 0: holds of purchases made before they counted). */
async function releaseHold(em: EntityManager, batchId: string, consumerId: string, quantity: number): Promise<void> {
  if (quantity > 0) await em.query(`UPDATE consumer_holds SET held = greatest(0, held - $3) WHERE batch_id = $1 AND consumer_id = $2`, [batchId, consumerId, quantity]);
}

export type Fulfilment = { type: 'pickup'; pickupPointId: string } | { type: 'delivery'; address: DeliveryAddressDto };

/**
 * The fulfilment as stored, with an explicit branch per type: the DTO already requires the matching
 * field, and this is the second guard (an RPC caller that skipped the gateway still gets a 400, never a
 * confirmed delivery with no address).
 */
export function fulfilmentOf(f: ReservationFulfilmentDto | undefined): Fulfilment {
  if (!f || typeof f !== 'object' || Array.isArray(f)) throw DomainError.validation('fulfilment', 'is required: {type: "pickup", pickupPointId} or {type: "delivery", address}');
  switch (f.type) {
    case 'pickup':
      if (!f.pickupPointId) throw DomainError.validation('fulfilment.pickupPointId', 'is required for pickup');
      return { type: 'pickup', pickupPointId: f.pickupPointId.toLowerCase() };
    case 'delivery':
      if (!f.address || typeof f.address !== 'object') throw DomainError.validation('fulfilment.address', 'is required for delivery');
      return { type: 'delivery', address: f.address };
    default:
      throw DomainError.validation('fulfilment.type', 'must be pickup or delivery');
  }
}

export function cancelledEvent(reservationId: string, orderId: string, batchId: string, quantity: number, reason: string, by: ReservationCancelledV1['cancelledBy']) {
  const data: ReservationCancelledV1 = { reservationId, orderId, batchId, quantity, reason, cancelledBy: by, cancelledAt: new Date().toISOString() };
  return newEvent(PreorderEvents.reservationCancelled, 1, data);
}
