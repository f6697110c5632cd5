import type { DataSource, EntityManager } from 'typeorm';
import { REVENUE_SQL, SALES_SQL } from './contribution.js';

type Queryable = DataSource | EntityManager;

/** The sums of sales and revenue per LAO (agg_lao_month, agg_lao_fy, agg_lao_month_split), kept from order_facts. */
const SUMS = {
  agg_lao_month: { cte: 'm', keys: ['month', 'lao_code'] },
  agg_lao_fy: { cte: 'fy', keys: ['fiscal_year', 'lao_code'] },
  agg_lao_month_split: { cte: 'sp', keys: ['month', 'lao_code', 'producer_kind', 'category'] },
} as const;

type SumTable = keyof typeof SUMS;
const TABLES = Object.keys(SUMS) as SumTable[];

const keysOf = (table: SumTable) => SUMS[table].keys.join(', ');
const columnsOf = (table: SumTable) => `${keysOf(table)}, sales_count, revenue_satang`;

/** A sum table's rows as a straight GROUP BY over the facts. */
const fromFacts = (table: SumTable) =>
  `SELECT ${keysOf(table)}, SUM(${SALES_SQL})::int AS sales_count, SUM(${REVENUE_SQL})::bigint AS revenue_satang FROM order_facts GROUP BY ${keysOf(table)}`;

/** How each sum absorbs a delta row (shared by the single-fact move and the completion fast path). */
const upsert = (table: SumTable) =>
  `ON CONFLICT (${keysOf(table)}) DO UPDATE SET sales_count = a.sales_count + EXCLUDED.sales_count, revenue_satang = a.revenue_satang + EXCLUDED.revenue_satang`;

/**
 * The three sums' inserts as data-modifying CTEs, fed from a row source (month, fiscal_year, lao_code,
 * producer_kind, category, s = sales, r = revenue).
 */
export function sumCtes(source: string): string {
  return TABLES.map(
    (t) =>
      `${SUMS[t].cte} AS (INSERT INTO ${t} AS a (${columnsOf(t)}) SELECT ${keysOf(t)}, s, r FROM ${source} ${upsert(t)})`,
  ).join(',\n     ');
}

/** One fact's move of the sums (its sales and revenue, signed), at its month, fiscal year and split. */
export interface SumsDelta {
  month: string;
  fiscal_year: number;
  lao_code: string;
  producer_kind: string;
  category: string;
  sales: number;
  revenue: number;
}

/** Adds a delta to the three sums; one statement, three tables. */
export async function moveSums(em: EntityManager, d: SumsDelta): Promise<void> {
  await em.query(
    `WITH d AS (SELECT $1::date AS month, $2::int AS fiscal_year, $3::text AS lao_code, $4::text AS producer_kind, $5::text AS category,
                       $6::int AS s, $7::bigint AS r),
     ${sumCtes('d')}
     SELECT 1`,
    [d.month, d.fiscal_year, d.lao_code, d.producer_kind, d.category, d.sales, d.revenue],
  );
}

/** Recomputes every sum from order_facts in bulk. */
export async function recomputeSums(q: Queryable): Promise<void> {
  for (const table of TABLES) {
    await q.query(`TRUNCATE ${table}`);
    await q.query(`INSERT INTO ${table} (${columnsOf(table)}) ${fromFacts(table)}`);
  }
}

/**
 * Rows where the incrementally kept sums differ from a straight GROUP BY over the facts (rows of zero that
 * the increments leave behind are not differences), per table.
 */
export async function sumsDrift(q: Queryable): Promise<Record<SumTable, number>> {
  const out = {} as Record<SumTable, number>;
  for (const table of TABLES) {
    const cols = columnsOf(table);
    const select = fromFacts(table);
    const zero = 'sales_count <> 0 OR revenue_satang <> 0';
    const [r]: Array<{ n: number }> = await q.query(
      `SELECT COUNT(*)::int AS n FROM (
         (SELECT ${cols} FROM ${table} WHERE ${zero} EXCEPT SELECT ${cols} FROM (${select}) f WHERE ${zero})
         UNION ALL
         (SELECT ${cols} FROM (${select}) f WHERE ${zero} EXCEPT SELECT ${cols} FROM ${table} WHERE ${zero})
       ) d`,
    );
    out[table] = r.n;
  }
  return out;
}
