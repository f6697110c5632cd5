import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PreorderEvents } from '@app/contracts';
import { reserveRefusal } from '@app/contracts';
import type {
  Caller,
  CancelReservationDto,
  DeliveryAddressDto,
  EventOf,
  OrderExpiredV1,
  ReservationCancelledV1,
  ReservationV1,
  ReserveCommandDto,
  ReservationFulfilmentDto,
  ReserveGroupItemV1,
  ReserveGroupResultV1,
} from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller } from '@app/messaging';
import { cancelledByOf } from '../batches/batch.policy.js';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';
import { BatchesRepository } from '../batches/batches.repository.js';
import { StockPurchasesRepository } from '../allocation/stock-purchases.repository.js';
import { Waitlist } from '../waitlist/waitlist.js';
import { LiveTicks } from '../live/live-ticks.js';
import { ConsumerHoldsRepository } from './consumer-holds.repository.js';
import { OrderOpener } from './order-opener.js';
import { ReservationsRepository } from './reservations.repository.js';
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
    private readonly repo: ReservationsRepository,
    private readonly batches: BatchesRepository,
    private readonly holds: ConsumerHoldsRepository,
    private readonly purchases: StockPurchasesRepository,
    private readonly waitlist: Waitlist,
    private readonly orders: OrderOpener,
    private readonly live: LiveTicks,
    private readonly groups: GroupReserver,
    @Inject(PREORDER_CONFIG) config: HarvestPreorderConfig,
  ) {
    this.coalescer = new Coalescer<ReserveGroupItemV1, ReserveGroupResultV1>({
      windowMs: config.reserveCoalesceMs,
      maxGroup: config.reserveMaxGroup,
      decide: async (_batchId, items) =>
        JSON.parse(await this.groups.decide(JSON.stringify(items), 'reserve')) as ReserveGroupResultV1[],
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
      .submit(batchId, {
        b: batchId,
        c: caller.userId,
        k: dto.idempotencyKey,
        q: dto.quantity,
        p: dto.allowPartial ?? true,
        f,
      })
      .catch((e) => {
        this.logger.error({ message: 'reservation group failed', requestId, error: String(e) });
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          'The reservation could not be decided; nothing was reserved. Try again with the same Idempotency-Key',
        );
      });
    const refusal = reserveRefusal(d, dto.batchId);
    if (refusal) throw new DomainError(refusal.code, refusal.message, refusal.fields);
    return { id: d.id!, status: d.s!, quantity: d.q!, orderId: d.oid };
  }

  /** DELETE /reservations/:id — by its consumer before close, or by the farmer / LAO admin with a reason. */
  async cancel(callerOrNull: Caller | null, dto: CancelReservationDto): Promise<ReservationV1> {
    const caller = requireCaller(callerOrNull);
    const batchId = await this.repo.batchIdOf(dto.reservationId);
    if (!batchId) throw DomainError.notFound('Reservation', dto.reservationId, 'reservationId');
    const { view, promoted } = await this.ds.transaction(async (em) => {
      // lock order of the hot path: the batch row first
      const b = await this.batches.lockManagers(em, batchId);
      const r = await this.repo.lockForCancel(em, dto.reservationId);
      const by = cancelledByOf(
        caller,
        { id: r.id, consumerId: r.consumer_id },
        { producerId: b.producer_id, laoCode: b.lao_code },
        b.status,
        dto.reason,
      );
      const to = reservationNext(r.status, 'cancel');
      const reason = dto.reason?.trim() || 'cancelled by the consumer';
      await this.repo.markCancelled(em, r.id, to, by, reason);
      await this.holds.reduce(em, batchId, r.consumer_id, r.quantity);
      let promoted: string[] = [];
      if (r.status === 'confirmed') {
        promoted = await this.waitlist.releaseAndOffer(em, batchId, r.quantity);
        await addToOutbox(em, cancelledEvent(r.id, r.order_id!, batchId, r.quantity, reason, by));
      }
      return { view: { id: r.id, status: to, quantity: r.quantity, orderId: r.order_id }, promoted };
    });
    this.openLater(promoted);
    this.live.tick(batchId);
    return view;
  }

  /** order.expired: the deposit was not paid in time — the quantity returns and the waitlist is offered. */
  async onOrderExpired(event: EventOf<'order.expired', 1>, em: EntityManager): Promise<void> {
    const e = event.data;
    if (!e.reservationId) return this.returnExpiredPurchase(e, em);
    await this.batches.lock(em, e.batchId);
    const r = await this.repo.lockForExpiry(em, e.reservationId, e.orderId);
    if (r?.status === 'allocated')
      return this.returnExpiredAllocation(e.reservationId, r.batch_id, r.consumer_id, r.allocated ?? 0, em);
    if (!r || r.status !== 'confirmed') return; // already cancelled or expired: nothing is held any more
    await this.repo.markExpiredUnpaid(em, e.reservationId, reservationNext(r.status, 'expire'));
    await this.holds.reduce(em, r.batch_id, r.consumer_id, r.quantity);
    const promoted = await this.waitlist.releaseAndOffer(em, r.batch_id, r.quantity);
    // the promoted ones are committed with the inbox row; the retry loop opens their orders
    if (promoted.length)
      this.logger.log({ message: 'waitlist promoted after an expiry', batchId: r.batch_id, count: promoted.length });
  }

  /**
   * Allocated at harvest, then expired (the order service's rule: the deposit still unpaid at its deadline,
   * or the balance unpaid at the balance deadline): its units become stock on hand that others can buy, while
   * the batch sells it, and the consumer's hold on the batch shrinks by them. Exactly once: the inbox drops a
   * redelivered event, and the reservation is no longer 'allocated' after the first.
   */
  private async returnExpiredAllocation(
    reservationId: string,
    batchId: string,
    consumerId: string,
    allocated: number,
    em: EntityManager,
  ): Promise<void> {
    await this.repo.markExpiredUnpaid(em, reservationId, reservationNext('allocated', 'expire'));
    if (allocated > 0) await this.batches.addStock(em, batchId, allocated);
    await this.holds.release(em, batchId, consumerId, allocated);
  }

  /** An unpaid direct purchase of stock on hand: its units go back on sale (once, whatever redelivery). */
  private async returnExpiredPurchase(e: OrderExpiredV1, em: EntityManager): Promise<void> {
    await this.batches.lock(em, e.batchId);
    const back = await this.purchases.expire(em, e.orderId, e.batchId);
    if (!back) return;
    await this.batches.unsellStock(em, e.batchId, back.quantity);
    await this.holds.release(em, e.batchId, back.consumer_id, back.quantity);
  }

  /** Opens orders after a commit without holding up the answer; the retry loop covers a failure. */
  openLater(ids: string[]): void {
    if (ids.length)
      this.orders
        .open(ids, 'waitlist')
        .catch((e) => this.logger.warn({ message: 'opening promoted orders failed; will retry', error: String(e) }));
  }
}

export type Fulfilment = { type: 'pickup'; pickupPointId: string } | { type: 'delivery'; address: DeliveryAddressDto };

/**
 * The fulfilment as stored, with an explicit branch per type: the DTO already requires the matching
 * field, and this is the second guard (an RPC caller that skipped the gateway still gets a 400, never a
 * confirmed delivery with no address).
 */
export function fulfilmentOf(f: ReservationFulfilmentDto | undefined): Fulfilment {
  if (!f || typeof f !== 'object' || Array.isArray(f))
    throw DomainError.validation(
      'fulfilment',
      'is required: {type: "pickup", pickupPointId} or {type: "delivery", address}',
    );
  switch (f.type) {
    case 'pickup':
      if (!f.pickupPointId) throw DomainError.validation('fulfilment.pickupPointId', 'is required for pickup');
      return { type: 'pickup', pickupPointId: f.pickupPointId.toLowerCase() };
    case 'delivery':
      if (!f.address || typeof f.address !== 'object')
        throw DomainError.validation('fulfilment.address', 'is required for delivery');
      return { type: 'delivery', address: f.address };
    default:
      throw DomainError.validation('fulfilment.type', 'must be pickup or delivery');
  }
}

export function cancelledEvent(
  reservationId: string,
  orderId: string,
  batchId: string,
  quantity: number,
  reason: string,
  by: ReservationCancelledV1['cancelledBy'],
) {
  const data: ReservationCancelledV1 = {
    reservationId,
    orderId,
    batchId,
    quantity,
    reason,
    cancelledBy: by,
    cancelledAt: new Date().toISOString(),
  };
  return newEvent(PreorderEvents.reservationCancelled, 1, data);
}
