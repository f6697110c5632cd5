import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_ORDER_TOTAL_SATANG, PreorderEvents } from '@app/contracts';
import type {
  Caller,
  HarvestCommandDto,
  HarvestPreviewV1,
  HarvestResultV1,
  PurchaseCommandDto,
  PurchaseV1,
  ReservationAllocatedV2,
} from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller } from '@app/messaging';
import { assertMayManageBatch } from '../batches/batch.policy.js';
import { nextStatus } from '../batches/batch-lifecycle.js';
import { BatchesRepository } from '../batches/batches.repository.js';
import { BatchesService } from '../batches/batches.service.js';
import { OrderOpener } from '../reservations/order-opener.js';
import { reservationNext } from '../reservations/reservation-lifecycle.js';
import { fulfilmentOf } from '../reservations/reservations.service.js';
import { allocate } from './allocate.js';
import type { AllocationInput } from './allocate.js';
import { LiveTicks } from '../live/live-ticks.js';
import { ConsumerHoldsRepository } from '../reservations/consumer-holds.repository.js';
import { ReservationsRepository } from '../reservations/reservations.repository.js';
import type { AllocationCandidateRow } from '../reservations/reservations.repository.js';
import { StockPurchasesRepository } from './stock-purchases.repository.js';

/** A confirmed reservation as the allocation weighs it (recording the harvest and its preview alike). */
function allocationInput(
  r: Pick<AllocationCandidateRow, 'id' | 'confirmed_seq' | 'quantity' | 'allow_partial'>,
): AllocationInput {
  return {
    reservationId: r.id,
    confirmedSeq: Number(r.confirmed_seq),
    quantity: r.quantity,
    allowPartial: r.allow_partial,
  };
}

@Injectable()
export class HarvestService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: BatchesRepository,
    private readonly reservations: ReservationsRepository,
    private readonly holds: ConsumerHoldsRepository,
    private readonly purchases: StockPurchasesRepository,
    private readonly batches: BatchesService,
    private readonly orders: OrderOpener,
    private readonly live: LiveTicks,
  ) {}

  /**
   * Records the real yield and allocates it (allocate.ts) — one ReservationAllocatedV2 per reservation
   * through the outbox, in the same transaction. Waitlisted reservations never got units: they end
   * cancelled (they have no order to settle). A yield above what was reserved becomes stock on hand.
   */
  async harvest(callerOrNull: Caller | null, dto: HarvestCommandDto): Promise<HarvestResultV1> {
    const caller = requireCaller(callerOrNull);
    // every allocation event must find its order: open any still pending first (idempotent)
    const pending = await this.reservations.idsAwaitingOrder(dto.batchId);
    await this.orders.open(pending, 'harvest').catch(() => {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Some orders of this batch could not be opened yet; record the harvest again shortly',
      );
    });
    const allocations = await this.ds.transaction(async (em) => {
      const b = await this.repo.find(dto.batchId, em, true);
      if (!b) throw DomainError.notFound('Batch', dto.batchId, 'batchId');
      assertMayManageBatch(caller, { producerId: b.producer_id, laoCode: b.lao_code });
      const to = nextStatus(b.status, 'harvest');
      const unopened = await this.reservations.countAwaitingOrder(em, b.id);
      if (unopened)
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          `${unopened} orders of this batch are not open yet; record the harvest again shortly`,
        );
      const rows = await this.reservations.lockConfirmedForAllocation(em, b.id);
      const out = allocate(dto.actualQuantity, rows.map(allocationInput));
      const orderOf = new Map(rows.map((r) => [r.id, r.order_id]));
      const allocated = reservationNext('confirmed', 'allocate');
      await this.reservations.setAllocations(
        em,
        out.map((o) => ({ id: o.reservationId, allocated: o.allocated })),
        allocated,
      );
      await this.reservations.cancelWaitlistAtHarvest(em, b.id);
      // from now on a consumer's hold on the batch is what the harvest gave them (direct purchases add to it,
      // and the maximum per consumer is checked against it): the shortfall and the waitlist release theirs
      await this.holds.resetToAllocations(em, b.id);
      await this.repo.recordHarvest(em, b.id, to, dto.actualQuantity);
      const result = out.map((o) => ({
        reservationId: o.reservationId,
        orderId: orderOf.get(o.reservationId)!,
        requested: o.requested,
        allocated: o.allocated,
      }));
      // the balance clock starts when the harvest is recorded; the order service keeps the deadline it is given
      const harvestedAt = new Date();
      const balanceDueBy = new Date(harvestedAt.getTime() + b.balance_deadline_hours * 3_600_000).toISOString();
      const events = result.map((a) =>
        newEvent(
          PreorderEvents.reservationAllocated,
          2,
          { ...a, batchId: b.id, balanceDueBy } satisfies ReservationAllocatedV2,
          harvestedAt,
        ),
      );
      for (let i = 0; i < events.length; i += 500) await addToOutbox(em, ...events.slice(i, i + 500));
      return result;
    });
    this.live.tick(dto.batchId);
    return { batch: await this.batches.get(dto.batchId), allocations };
  }

  /**
   * What recording `actualQuantity` would do, by the same rule (allocate.ts) on the same rows — nothing is
   * written. The farmer sees it before saving: who gets all, part or nothing, and what falls short.
   */
  async preview(callerOrNull: Caller | null, dto: HarvestCommandDto): Promise<HarvestPreviewV1> {
    const caller = requireCaller(callerOrNull);
    const b = await this.repo.find(dto.batchId);
    if (!b) throw DomainError.notFound('Batch', dto.batchId, 'batchId');
    assertMayManageBatch(caller, { producerId: b.producer_id, laoCode: b.lao_code });
    nextStatus(b.status, 'harvest'); // the same 409 as recording it, before the farmer types in vain
    const rows = await this.reservations.previewRows(b.id);
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    const out = allocate(dto.actualQuantity, confirmed.map(allocationInput));
    const reserved = out.reduce((n, o) => n + o.requested, 0);
    const given = out.reduce((n, o) => n + o.allocated, 0);
    return {
      batchId: b.id,
      actualQuantity: dto.actualQuantity,
      estimatedQuantity: b.estimated_quantity,
      reservedQuantity: reserved,
      full: out.filter((o) => o.allocated === o.requested).length,
      partial: out.filter((o) => o.allocated > 0 && o.allocated < o.requested).length,
      none: out.filter((o) => o.allocated === 0).length,
      shortQuantity: reserved - given,
      shortValueSatang: (reserved - given) * Number(b.unit_price_satang),
      surplus: Math.max(0, dto.actualQuantity - reserved),
      waitlistCancelled: rows.length - confirmed.length,
      allocations: out,
    };
  }

  /**
   * Direct purchase of stock on hand (after harvest, until completed): an order with reservationId null.
   * Everything that could refuse the order is decided BEFORE any stock is taken, in the one transaction that
   * takes it (the order total within MAX_ORDER_TOTAL_SATANG, the batch's maximum per consumer), so a refusal
   * leaves nothing taken. The batch row is locked first, as on every path that changes its counters.
   */
  async purchase(callerOrNull: Caller | null, dto: PurchaseCommandDto, requestId: string): Promise<PurchaseV1> {
    const caller = requireCaller(callerOrNull);
    if (!caller.roles.includes('consumer')) throw DomainError.forbidden('Buying needs a consumer login');
    const f = fulfilmentOf(dto.fulfilment);
    // ids are compared in one form (PostgreSQL's lower case); a reused key is refused before anything is written
    const batchId = dto.batchId.toLowerCase();
    const replay = <P extends { batch_id: string }>(p: P): P => {
      if (p.batch_id !== batchId)
        throw new DomainError('CONFLICT', 'This Idempotency-Key was already used on another batch', [
          { field: 'Idempotency-Key', message: 'already used' },
        ]);
      return p;
    };
    const p = await this.ds.transaction(async (em) => {
      const existing = await this.purchases.findByKey(em, caller.userId, dto.idempotencyKey);
      if (existing) return replay(existing);
      const b = await this.repo.find(batchId, em, true);
      if (!b) throw DomainError.notFound('Batch', dto.batchId, 'batchId');
      if (f.type === 'pickup') {
        if (!(await this.repo.hasPickupPoint(em, b.id, f.pickupPointId)))
          throw DomainError.validation('fulfilment.pickupPointId', 'is not a pickup point of this batch');
      } else if (b.delivery_fee_satang === null)
        throw DomainError.validation('fulfilment.type', 'this batch offers no delivery');
      assertPurchaseWithinOrderLimit(
        dto.quantity,
        Number(b.unit_price_satang),
        f.type === 'delivery' ? Number(b.delivery_fee_satang) : 0,
      );
      const id = randomUUID();
      const inserted = await this.purchases.insert(em, {
        id,
        batchId: b.id,
        consumerId: caller.userId,
        idempotencyKey: dto.idempotencyKey,
        quantity: dto.quantity,
        fulfilment: f,
        orderId: randomUUID(),
      });
      if (!inserted) return replay((await this.purchases.findByKey(em, caller.userId, dto.idempotencyKey))!);
      // the same counter as reservations (consumer_holds): raised only while it stays within the maximum
      if (!(await this.holds.raiseWithin(em, b.id, caller.userId, dto.quantity, b.max_per_consumer))) {
        throw new DomainError(
          'LIMIT_EXCEEDED',
          'This would take you over the maximum quantity per consumer for this batch',
          [
            {
              field: 'quantity',
              message: `over maxQuantityPerConsumer (${b.max_per_consumer}, counting what you already have from this batch)`,
            },
          ],
        );
      }
      if (!(await this.repo.takeStock(em, b.id, dto.quantity))) {
        if (b.status !== 'harvested')
          throw new DomainError('NOT_OPEN', 'Stock on hand is sold only after harvest and until the batch completes');
        throw new DomainError('SOLD_OUT', `Not enough stock on hand (${b.stock - b.stock_sold} left)`, [
          { field: 'quantity', message: 'more than the stock on hand' },
        ]);
      }
      return { id, quantity: dto.quantity, order_id: await this.purchases.orderIdOf(em, id), batch_id: b.id };
    });
    await this.orders.open([p.id], requestId).catch(() => {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        `Purchase ${p.id} is held but its order is not open yet; retry with the same Idempotency-Key`,
      );
    });
    return { id: p.id, quantity: p.quantity, orderId: p.order_id };
  }
}

/** A purchase the order service would refuse (its total past MAX_ORDER_TOTAL_SATANG) is refused here first. */
export function assertPurchaseWithinOrderLimit(
  quantity: number,
  unitPriceSatang: number,
  deliveryFeeSatang: number,
): void {
  if (BigInt(quantity) * BigInt(unitPriceSatang) + BigInt(deliveryFeeSatang) > BigInt(MAX_ORDER_TOTAL_SATANG)) {
    throw DomainError.validation(
      'quantity',
      `times the unit price, plus delivery, must stay within ${MAX_ORDER_TOTAL_SATANG} satang per order`,
    );
  }
}
