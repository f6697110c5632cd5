import type { DataSource, EntityManager } from 'typeorm';
import { presenceDrift, recomputePresence } from './presence.repository.js';
import { recomputeSums, sumsDrift } from './sums.repository.js';

type Queryable = DataSource | EntityManager;

/** Recomputes every aggregate (the sums and presence) from order_facts in bulk (rebuild, benchmark data load). */
export async function recomputeAggregates(q: Queryable): Promise<void> {
  await recomputeSums(q);
  await recomputePresence(q);
}

/**
 * Rows where the incrementally kept aggregates differ from what the facts give, per table. 0 everywhere
 * means the read model is consistent.
 */
export async function aggregateDrift(q: Queryable): Promise<Record<string, number>> {
  return { ...(await sumsDrift(q)), presence: await presenceDrift(q) };
}
