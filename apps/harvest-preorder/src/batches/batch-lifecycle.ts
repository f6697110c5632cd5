import type { BatchAction, BatchStatus } from '@app/contracts';
import { DomainError } from '@app/messaging';

/**
 * The batch lifecycle, the one table of it: draft → open → closed → harvested → completed, and cancelled
 * from draft, open or closed. Opening and closing by time (the sweeper) and by selling out go through the
 * same table.
 */
export const BATCH_TRANSITIONS: Record<BatchAction, { from: readonly BatchStatus[]; to: BatchStatus }> = {
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  harvest: { from: ['closed'], to: 'harvested' },
  complete: { from: ['harvested'], to: 'completed' },
  cancel: { from: ['draft', 'open', 'closed'], to: 'cancelled' },
};

export function canTransition(from: BatchStatus, action: BatchAction): boolean {
  return BATCH_TRANSITIONS[action].from.includes(from);
}

/** The status after `action`, or 409 ILLEGAL_TRANSITION naming both. */
export function nextStatus(from: BatchStatus, action: BatchAction): BatchStatus {
  if (!canTransition(from, action)) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `A ${from} batch cannot ${action} (allowed from: ${BATCH_TRANSITIONS[action].from.join(', ')})`,
    );
  }
  return BATCH_TRANSITIONS[action].to;
}
