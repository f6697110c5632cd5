import { Injectable } from '@nestjs/common';
import type { Caller, ListMyReservationsQuery, ReservationDetailV1, ReservationPageV1 } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { mayManageBatch } from '../batches/batch.policy.js';
import { ReservationsRepository } from './reservations.repository.js';
import type { ReservationViewRow } from './reservations.repository.js';

const toDetail = (r: ReservationViewRow): ReservationDetailV1 => ({
  id: r.id,
  status: r.status,
  quantity: r.quantity,
  orderId: r.orderId,
  batchId: r.batchId,
  productId: r.productId,
  productName: r.productName,
  unit: r.unit,
  waitlistPosition: r.waitlistPosition,
  createdAt: new Date(r.createdAt).toISOString(),
});

/** What a consumer reads of its reservations, with its place in the waitlist. */
@Injectable()
export class ReservationViewsService {
  constructor(private readonly repo: ReservationsRepository) {}

  /** Its consumer, or whoever manages its batch (producer, LAO admin); to anyone else it does not exist. */
  async get(callerOrNull: Caller | null, reservationId: string): Promise<ReservationDetailV1> {
    const caller = requireCaller(callerOrNull);
    const r = await this.repo.findView(reservationId);
    if (
      !r ||
      (r.consumerId !== caller.userId && !mayManageBatch(caller, { producerId: r.producerId, laoCode: r.laoCode }))
    ) {
      throw DomainError.notFound('Reservation', reservationId, 'id');
    }
    return toDetail(r);
  }

  async listMine(callerOrNull: Caller | null, q: ListMyReservationsQuery): Promise<ReservationPageV1> {
    const caller = requireCaller(callerOrNull);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const { rows, total } = await this.repo.viewsOfConsumer(caller.userId, q.status, page, pageSize);
    return { items: rows.map(toDetail), total, page, pageSize };
  }
}
