import { Injectable } from '@nestjs/common';
import type { BatchLiveV1, Caller } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { mayManageBatch } from '../batches/batch.policy.js';
import { LiveRepository } from './live.repository.js';

@Injectable()
export class LiveService {
  constructor(private readonly repo: LiveRepository) {}

  /** The live-sale view, for whoever manages the batch (anyone else: it does not exist). */
  async snapshot(callerOrNull: Caller | null, batchId: string): Promise<BatchLiveV1> {
    const caller = requireCaller(callerOrNull);
    const r = await this.repo.snapshot(batchId);
    if (!r || !mayManageBatch(caller, { producerId: r.producer_id, laoCode: r.lao_code }))
      throw DomainError.notFound('Batch', batchId, 'batchId');
    const remaining = r.reservable_quantity - r.reserved;
    return {
      batchId,
      status: r.status,
      reservableQuantity: r.reservable_quantity,
      reservedQuantity: r.reserved,
      remainingQuantity: remaining,
      soldOut: remaining <= 0,
      confirmedCount: r.confirmed_count,
      waitlistedCount: r.waitlisted_count,
      waitlistedQuantity: r.waitlisted_quantity,
      recent: r.recent.map((x) => ({ quantity: x.quantity, status: x.status, at: new Date(x.at).toISOString() })),
      at: new Date().toISOString(),
    };
  }
}
