import type { DataSource, EntityManager } from 'typeorm';
import { REVENUE_SQL, SALES_SQL } from './facts.js';
import { presenceDrift, recomputePresence } from './presence.js';

type Queryable = DataSource | EntityManager;

const FROM_FACTS = {
  agg_lao_month: `SELECT month, lao_code, SUM(${SALES_SQL})::int AS sales_count, SUM(${REVENUE_SQL})::bigint AS revenue_satang FROM order_facts GROUP BY 1, 2`,
  agg_lao_fy: `SELECT fiscal_year, lao_code, SUM(${SALES_SQL})::int AS sales_count, SUM(${REVENUE_SQL})::bigint AS revenue_satang FROM order_facts GROUP BY 1, 2`,
  agg_lao_month_split: `SELECT month, lao_code, producer_kind, category, SUM(${SALES_SQL})::int AS sales_count, SUM(${REVENUE_SQL})::bigint AS revenue_satang FROM order_facts GROUP BY 1, 2, 3, 4`,
} as const;

const COMPARED = {
  agg_lao_month: 'month, lao_code, sales_count, revenue_satang',
  agg_lao_fy: 'fiscal_year, lao_code, sales_count, revenue_satang',
  agg_lao_month_split: 'month, lao_code, producer_kind, category, sales_count, revenue_satang',
} as const;

/** Recomputes every aggregate from order_facts in bulk (benchmark data load, repair after a bulk import). */
export async function recomputeAggregates(q: Queryable): Promise<void> {
  for (const [table, select] of Object.entries(FROM_FACTS)) {
    await q.query(`TRUNCATE ${table}`);
    await q.query(`INSERT INTO ${table} (${columnsOf(table)}) ${select}`);
  }
  await recomputePresence(q);
}

function columnsOf(table: string): string {
  return {
    agg_lao_month: 'month, lao_code, sales_count, revenue_satang',
    agg_lao_fy: 'fiscal_year, lao_code, sales_count, revenue_satang',
    agg_lao_month_split: 'month, lao_code, producer_kind, category, sales_count, revenue_satang',
  }[table]!;
}

/**
 * Rows where the incrementally kept aggregates differ from a straight GROUP BY over the facts (rows of
 * zero that the increments leave behind are not differences). 0 means the read model is consistent.
 */
export async function aggregateDrift(q: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, select] of Object.entries(FROM_FACTS)) {
    const cols = COMPARED[table as keyof typeof COMPARED];
    const zero = 'sales_count <> 0 OR revenue_satang <> 0';
    const [r] = await q.query(
      `SELECT COUNT(*)::int AS n FROM (
         (SELECT ${cols} FROM ${table} WHERE ${zero} EXCEPT SELECT ${cols} FROM (${select}) f WHERE ${zero})
         UNION ALL
         (SELECT ${cols} FROM (${select}) f WHERE ${zero} EXCEPT SELECT ${cols} FROM ${table} WHERE ${zero})
       ) d`,
    );
    out[table] = r.n;
  }
  out.presence = await presenceDrift(q);
  return out;
}
