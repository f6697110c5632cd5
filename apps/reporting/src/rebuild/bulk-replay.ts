import type { DataSource } from 'typeorm';
import type { EventOf, EventVersion, IntegrationEvent } from '@app/contracts';
import { lookupHandler, parkEvent } from '@app/messaging';
import { orderHandlers } from '../read-model/handlers.js';
import { completionRow, refundRow } from '../read-model/order-events.js';
import type { CompletionRow, RefundRow } from '../read-model/order-events.js';
import {
  insertCompletions,
  insertRefunds,
  lockOrders,
  raiseRefundedFacts,
} from '../read-model/order-facts.repository.js';
import { insertParties } from '../read-model/sale-parties.repository.js';
import { replayRepository } from './replay.repository.js';

/** What a batch of order events writes, gathered before it is written set-wise. */
interface Gathered {
  completions: CompletionRow[];
  refunds: RefundRow[];
}

type Live = typeof orderHandlers;

/**
 * The rebuild's side of each live order handler (read-model/handlers.ts), by the same type and version:
 * the compiler requires one here for every (type, version) the live consumer handles, and no other. Each
 * maps its event with the live handler's own function (read-model/order-events.ts).
 */
const GATHER: {
  [T in keyof Live]: { [V in keyof Live[T] & EventVersion<T>]: (event: EventOf<T, V>, into: Gathered) => void };
} = {
  'order.completed': { 1: (e, into) => void into.completions.push(completionRow(e.data)) },
  'order.refunded': { 1: (e, into) => void into.refunds.push(refundRow(e)) },
};

/**
 * A batch of order events applied set-wise in one transaction (the rebuild: facts only, aggregates are
 * recomputed in bulk afterwards), with the statements of the live handlers (read-model/order-events.ts maps
 * the events, order-facts.repository.ts and sale-parties.repository.ts write them) run once for the batch instead of once per event, in the same order: refunds are kept first, a
 * completion folds in every refund of its order (a second completion of an order changes nothing), and a
 * refund of an order already recorded raises its refunded amount by the refund rule. The inbox rows are
 * written in the same transaction, so an event the live consumer already applied is skipped here and vice
 * versa; a version the live handlers do not know is parked as the live consumer parks it. Returns how many
 * events were new.
 */
export async function applyOrderBatch(ds: DataSource, consumer: string, events: IntegrationEvent[]): Promise<number> {
  return ds.transaction(async (em) => {
    const known: IntegrationEvent[] = [];
    for (const e of events) {
      const found = lookupHandler(orderHandlers, e);
      if (found.kind === 'unknown-version') await parkEvent(em, consumer, e, found.reason, 1);
      else known.push(e);
    }
    const fresh = await replayRepository.claimAll(em, consumer, known);
    const applied = fresh.size;
    const into: Gathered = { completions: [], refunds: [] };
    for (const e of known) {
      // once per id: a second copy in the same batch (republished past JetStream's dedupe window) is a duplicate, as live
      if (!fresh.delete(e.id)) continue;
      const gather = (
        GATHER as Record<
          string,
          Record<number, ((e: IntegrationEvent, into: Gathered) => void) | undefined> | undefined
        >
      )[e.type]?.[e.version];
      gather?.(e, into);
    }
    // a second completion of an order in the same batch: the first one counts (as it does live)
    const seen = new Set<string>();
    const completions = into.completions.filter((c) => !seen.has(c.order_id) && !!seen.add(c.order_id));
    const { refunds } = into;
    if (!completions.length && !refunds.length) return applied;
    const orderIds = [...new Set([...completions, ...refunds].map((r) => r.order_id))];
    // The per-order locks of the live handlers, taken in one sorted pass (two batches never deadlock).
    await lockOrders(em, orderIds);
    if (refunds.length) await insertRefunds(em, refunds);
    if (completions.length) {
      await insertCompletions(em, completions);
      await insertParties(em, completions);
    }
    if (refunds.length) await raiseRefundedFacts(em, [...new Set(refunds.map((r) => r.order_id))]);
    return applied;
  });
}
