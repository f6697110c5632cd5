import type { EntityManager } from 'typeorm';
import { bangkokDay, fiscalYearOf, monthOf } from '../periods/period.js';
import { contribution } from './contribution.js';
import { approvedMembers, deleteFact, upsertFact } from './order-facts.repository.js';
import { lockProducers, refreshPresence } from './presence.repository.js';
import { moveSums } from './sums.repository.js';

// the rule and the row mapping have their own homes; the contribution rule's test reads them from here too
export { contribution, REVENUE_SQL, SALES_SQL } from './contribution.js';
export { rowToFact } from './order-facts.repository.js';

/** One completed order as the report sees it: no consumer data at all. */
export interface OrderFact {
  orderId: string;
  completedAt: string;
  laoCode: string;
  districtCode: string;
  provinceCode: string;
  producerId: string;
  producerKind: string;
  memberCount: number;
  category: string;
  goodsSatang: number;
  refundedSatang: number;
  fullyRefunded: boolean;
  /** an administrator excluded it (a flagged sale: sale_exclusions); absent = unchanged / false */
  excluded?: boolean;
}

/**
 * Records a fact (insert, change or removal) and moves the aggregates by the difference, in the caller's
 * transaction. Event handlers and reconciliation both go through here, so the aggregates always equal a
 * straight GROUP BY over order_facts.
 */
export async function writeFact(
  em: EntityManager,
  before: OrderFact | null,
  afterAsGiven: OrderFact | null,
): Promise<void> {
  await lockProducers(
    em,
    [before, afterAsGiven].filter((f): f is OrderFact => f !== null).map((f) => f.producerId),
  );
  // the members weighed are the approved ones at completion, whatever count the order carried; an
  // exclusion stays until an administrator lifts it (reconciliation knows nothing of it)
  const after = afterAsGiven && {
    ...afterAsGiven,
    memberCount: await approvedMembers(em, afterAsGiven.producerId, afterAsGiven.completedAt, afterAsGiven.memberCount),
    excluded: afterAsGiven.excluded ?? before?.excluded ?? false,
  };
  const changed = [before, after].filter((f): f is OrderFact => f !== null);
  if (after) {
    const day = bangkokDay(after.completedAt);
    await upsertFact(em, after, { day, month: monthOf(day), fiscalYear: fiscalYearOf(day) });
  } else if (before) {
    await deleteFact(em, before.orderId);
  }
  if (before) await moveSums(em, delta(before, -1));
  if (after) await moveSums(em, delta(after, +1));
  // Presence only grows on the hot path; a change that may take a sale away recomputes it from the facts
  // (a partial refund changes nothing presence depends on).
  if (before && after && presenceKey(before) === presenceKey(after)) return;
  await refreshPresence(
    em,
    [...new Set(changed.map((f) => f.producerId))],
    [...new Set(changed.map((f) => fiscalYearOf(bangkokDay(f.completedAt))))],
  );
}

/** What one fact adds to (sign +1) or takes away from (sign -1) the sums. */
function delta(f: OrderFact, sign: 1 | -1) {
  const c = contribution(f);
  const day = bangkokDay(f.completedAt);
  return {
    month: monthOf(day),
    fiscal_year: fiscalYearOf(day),
    lao_code: f.laoCode,
    producer_kind: f.producerKind,
    category: f.category,
    sales: sign * c.sales,
    revenue: sign * c.revenue,
  };
}

/** What presence depends on in a fact. */
function presenceKey(f: OrderFact): string {
  return JSON.stringify([
    f.fullyRefunded,
    !!f.excluded,
    f.producerId,
    f.producerKind,
    f.memberCount,
    f.laoCode,
    bangkokDay(f.completedAt),
  ]);
}
