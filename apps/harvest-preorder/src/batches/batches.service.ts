import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  BatchAction,
  BatchV1,
  Caller,
  CreateBatchDto,
  ListBatchesQuery,
  TransitionBatchDto,
} from '@app/contracts';
import { addToOutbox, DomainError, requireCaller } from '@app/messaging';
import { cancelledEvent } from '../reservations/reservations.service.js';
import { LiveTicks } from '../live/live-ticks.js';
import { ServiceRpc } from '../rpc/service-rpc.js';
import { assertMayManageBatch, draftVisibility, mayViewBatch, validateNewBatch } from './batch.policy.js';
import { nextStatus } from './batch-lifecycle.js';
import { ConsumerHoldsRepository } from '../reservations/consumer-holds.repository.js';
import { ReservationsRepository } from '../reservations/reservations.repository.js';
import { BatchNotices } from './batch-notices.repository.js';
import { BatchesRepository, BatchRow, toBatchView } from './batches.repository.js';

@Injectable()
export class BatchesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: BatchesRepository,
    private readonly reservations: ReservationsRepository,
    private readonly holds: ConsumerHoldsRepository,
    private readonly rpc: ServiceRpc,
    private readonly live: LiveTicks,
  ) {}

  /** The product snapshot (producer, PromptPay, place, category, price) is taken from the catalog now and kept. */
  async create(
    callerOrNull: Caller | null,
    dto: CreateBatchDto,
    requestId: string,
  ): Promise<{ id: string; status: 'draft' }> {
    const caller = requireCaller(callerOrNull);
    const product = await this.rpc.productSnapshot(dto.productId, caller, requestId).catch((e: unknown) => {
      if (e instanceof DomainError && e.code === 'NOT_FOUND')
        throw DomainError.notFound('Product', dto.productId, 'productId');
      throw e;
    });
    assertMayManageBatch(caller, { producerId: product.producerId, laoCode: product.laoCode });
    validateNewBatch(dto, product);
    const id = await this.ds.transaction((em) => this.repo.insert(em, dto, product));
    return { id, status: 'draft' };
  }

  async get(batchId: string): Promise<BatchV1> {
    const b = await this.repo.find(batchId);
    if (!b) throw DomainError.notFound('Batch', batchId, 'batchId');
    return toBatchView(b, (await this.repo.pickupPoints([b.id])).get(b.id) ?? []);
  }

  /** GET /batches/:id — a draft only for those who may see it (404 to anyone else). */
  async view(caller: Caller | null, batchId: string): Promise<BatchV1> {
    const b = await this.repo.find(batchId);
    if (
      !b ||
      !mayViewBatch(caller, {
        producerId: b.producer_id,
        laoCode: b.lao_code,
        provinceCode: b.province_code,
        status: b.status,
      })
    ) {
      throw DomainError.notFound('Batch', batchId, 'batchId');
    }
    return toBatchView(b, (await this.repo.pickupPoints([b.id])).get(b.id) ?? []);
  }

  async list(caller: Caller | null, q: ListBatchesQuery): Promise<BatchV1[]> {
    const rows = await this.repo.list(q, draftVisibility(caller));
    const points = await this.repo.pickupPoints(rows.map((r) => r.id));
    return rows.map((r) => toBatchView(r, points.get(r.id) ?? []));
  }

  /** open | close | complete | cancel by the farmer or an LAO admin; harvest has its own command. */
  async transition(callerOrNull: Caller | null, dto: TransitionBatchDto): Promise<BatchV1> {
    const caller = requireCaller(callerOrNull);
    if (dto.action === 'harvest')
      throw DomainError.validation('action', 'harvest with POST /batches/:id/harvest {actualQuantity}');
    await this.ds.transaction(async (em) => {
      const b = await this.repo.find(dto.batchId, em, true);
      if (!b) throw DomainError.notFound('Batch', dto.batchId, 'batchId');
      assertMayManageBatch(caller, { producerId: b.producer_id, laoCode: b.lao_code });
      const to = nextStatus(b.status, dto.action);
      switch (dto.action as Exclude<BatchAction, 'harvest'>) {
        case 'open':
          if (new Date(b.closes_at).getTime() <= Date.now()) {
            throw new DomainError(
              'ILLEGAL_TRANSITION',
              `Its pre-order window already closed at ${new Date(b.closes_at).toISOString()}`,
            );
          }
          // opened early by hand: the window starts now; preorder.batch.opened in the same transaction
          await this.repo.setOpenedNow(em, b.id, to);
          await BatchNotices.opened(em, [b.id]);
          return;
        case 'close':
          return this.repo.setClosedNow(em, b.id, to);
        case 'complete':
          return this.repo.setStatus(em, b.id, to);
        case 'cancel':
          await this.cancelReservationsOf(em, b, dto.reason?.trim() || 'the batch was cancelled');
          await this.repo.setCancelled(em, b.id, to, dto.reason ?? null);
          return;
      }
    });
    this.live.tick(dto.batchId);
    return this.get(dto.batchId);
  }

  /** Every held reservation is cancelled; confirmed ones raise an event so the order service refunds deposits. */
  private async cancelReservationsOf(em: EntityManager, b: BatchRow, reason: string): Promise<void> {
    const rows = await this.reservations.cancelHeldOfBatch(em, b.id, reason);
    await this.holds.clearBatch(em, b.id);
    await this.repo.clearReserved(em, b.id);
    const events = rows
      .filter((r) => r.order_id)
      .map((r) => cancelledEvent(r.id, r.order_id!, b.id, r.quantity, reason, 'batch_cancelled'));
    for (let i = 0; i < events.length; i += 500) await addToOutbox(em, ...events.slice(i, i + 500));
  }
}
