import type { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '@app/persistence';
import { bangkokDay, fiscalYearOf, monthOf } from '../periods/period.js';
import { APPROVED_MEMBERS_SQL, COMPLETION_FACT_COLUMNS, COMPLETION_FACT_SELECT } from './order-events.js';
import type { CompletionRow } from './order-events.js';
import { lockProducers, markPresenceCte, refreshPresence } from './presence.js';

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
 * What one order adds to the figures — the business rule of the report in one place: a fully refunded
 * order is no sale and no revenue; otherwise revenue is the goods total less what was refunded.
 */
export function contribution(f: Pick<OrderFact, 'goodsSatang' | 'refundedSatang' | 'fullyRefunded' | 'excluded'>): {
  sales: number;
  revenue: number;
} {
  if (f.fullyRefunded || f.excluded) return { sales: 0, revenue: 0 };
  return { sales: 1, revenue: Math.max(0, f.goodsSatang - f.refundedSatang) };
}

/** SQL for the same rule, over order_facts rows (naive queries and rebuild of aggregates). */
export const SALES_SQL = `CASE WHEN fully_refunded OR excluded THEN 0 ELSE 1 END`;
export const REVENUE_SQL = `CASE WHEN fully_refunded OR excluded THEN 0 ELSE GREATEST(goods_satang - refunded_satang, 0) END`;

const FACT_COLUMNS = `order_id, completed_at, lao_code, district_code, province_code, producer_id, producer_kind, member_count, category, goods_satang, refunded_satang, fully_refunded, excluded`;

async function approvedMembers(
  em: EntityManager,
  producerId: string,
  completedAt: string,
  fallback: number,
): Promise<number> {
  const [r] = await em.query(`SELECT ${APPROVED_MEMBERS_SQL('$1', '$2::timestamptz', '$3::int')} AS n`, [
    producerId,
    completedAt,
    fallback,
  ]);
  return Number(r.n);
}

export async function findFact(em: EntityManager, orderId: string, lock = true): Promise<OrderFact | null> {
  const rows = await em.query(
    `SELECT ${FACT_COLUMNS} FROM order_facts WHERE order_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [orderId],
  );
  return rows.length ? rowToFact(rows[0]) : null;
}

/** The facts of the orders completed in [from, to) (reconciliation compares them with the order service's). */
export async function factsCompletedBetween(
  em: EntityManager | DataSource,
  from: string,
  to: string,
): Promise<OrderFact[]> {
  const rows: Array<Record<string, unknown>> = await em.query(
    `SELECT * FROM order_facts WHERE completed_at >= $1 AND completed_at < $2`,
    [from, to],
  );
  return rows.map(rowToFact);
}

export function rowToFact(r: Record<string, unknown>): OrderFact {
  return {
    orderId: String(r.order_id),
    completedAt: new Date(r.completed_at as string).toISOString(),
    laoCode: String(r.lao_code),
    districtCode: String(r.district_code),
    provinceCode: String(r.province_code),
    producerId: String(r.producer_id),
    producerKind: String(r.producer_kind),
    memberCount: Number(r.member_count),
    category: String(r.category),
    goodsSatang: Number(r.goods_satang),
    refundedSatang: Number(r.refunded_satang),
    fullyRefunded: Boolean(r.fully_refunded),
    excluded: Boolean(r.excluded),
  };
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
    await em.query(
      `INSERT INTO order_facts (${FACT_COLUMNS}, day, month, fiscal_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (order_id) DO UPDATE SET completed_at = EXCLUDED.completed_at, lao_code = EXCLUDED.lao_code,
         district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code, producer_id = EXCLUDED.producer_id,
         producer_kind = EXCLUDED.producer_kind, member_count = EXCLUDED.member_count, category = EXCLUDED.category,
         goods_satang = EXCLUDED.goods_satang, refunded_satang = EXCLUDED.refunded_satang, fully_refunded = EXCLUDED.fully_refunded,
         excluded = EXCLUDED.excluded, day = EXCLUDED.day, month = EXCLUDED.month, fiscal_year = EXCLUDED.fiscal_year`,
      [
        after.orderId,
        after.completedAt,
        after.laoCode,
        after.districtCode,
        after.provinceCode,
        after.producerId,
        after.producerKind,
        after.memberCount,
        after.category,
        after.goodsSatang,
        after.refundedSatang,
        after.fullyRefunded,
        after.excluded,
        bangkokDay(after.completedAt),
        monthOf(bangkokDay(after.completedAt)),
        fiscalYearOf(bangkokDay(after.completedAt)),
      ],
    );
  } else if (before) {
    await em.query(`DELETE FROM order_facts WHERE order_id = $1`, [before.orderId]);
  }
  if (before) await moveSums(em, before, -1);
  if (after) await moveSums(em, after, +1);
  // Presence only grows on the hot path; a change that may take a sale away recomputes it from the facts
  // (a partial refund changes nothing presence depends on).
  if (before && after && presenceKey(before) === presenceKey(after)) return;
  await refreshPresence(
    em,
    [...new Set(changed.map((f) => f.producerId))],
    [...new Set(changed.map((f) => fiscalYearOf(bangkokDay(f.completedAt))))],
  );
}

/** How each aggregate absorbs a delta row (shared by the single-fact move and the completion fast path). */
const UPSERT = {
  month: `ON CONFLICT (month, lao_code) DO UPDATE SET sales_count = a.sales_count + EXCLUDED.sales_count, revenue_satang = a.revenue_satang + EXCLUDED.revenue_satang`,
  fy: `ON CONFLICT (fiscal_year, lao_code) DO UPDATE SET sales_count = a.sales_count + EXCLUDED.sales_count, revenue_satang = a.revenue_satang + EXCLUDED.revenue_satang`,
  split: `ON CONFLICT (month, lao_code, producer_kind, category) DO UPDATE SET sales_count = a.sales_count + EXCLUDED.sales_count, revenue_satang = a.revenue_satang + EXCLUDED.revenue_satang`,
};

/** The three sums' inserts, fed from a row source d(month, fiscal_year, lao_code, producer_kind, category, s, r). */
function sumCtes(source: string): string {
  return `m AS (INSERT INTO agg_lao_month AS a (month, lao_code, sales_count, revenue_satang) SELECT month, lao_code, s, r FROM ${source} ${UPSERT.month}),
     fy AS (INSERT INTO agg_lao_fy AS a (fiscal_year, lao_code, sales_count, revenue_satang) SELECT fiscal_year, lao_code, s, r FROM ${source} ${UPSERT.fy}),
     sp AS (INSERT INTO agg_lao_month_split AS a (month, lao_code, producer_kind, category, sales_count, revenue_satang)
            SELECT month, lao_code, producer_kind, category, s, r FROM ${source} ${UPSERT.split})`;
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

/** Adds (sign +1) or takes away (sign -1) one fact's sales and revenue; one statement, three tables. */
async function moveSums(em: EntityManager, f: OrderFact, sign: 1 | -1): Promise<void> {
  const c = contribution(f);
  const day = bangkokDay(f.completedAt);
  await em.query(
    `WITH d AS (SELECT $1::date AS month, $2::int AS fiscal_year, $3::text AS lao_code, $4::text AS producer_kind, $5::text AS category,
                       $6::int AS s, $7::bigint AS r),
     ${sumCtes('d')}
     SELECT 1`,
    [monthOf(day), fiscalYearOf(day), f.laoCode, f.producerKind, f.category, sign * c.sales, sign * c.revenue],
  );
}

/** One completion row as the row source of COMPLETION_FACT_SELECT (parameters $1–$13). */
const ONE_COMPLETION = `(SELECT $1::text AS order_id, $2::timestamptz AS completed_at, $3::date AS day, $4::date AS month, $5::int AS fiscal_year,
   $6::text AS lao_code, $7::text AS district_code, $8::text AS province_code, $9::text AS producer_id, $10::text AS producer_kind,
   $11::int AS member_count, $12::text AS category, $13::bigint AS goods_satang) c`;

/**
 * The hot path: a completion recorded with its aggregates in one statement (one round trip). The fact is
 * the rebuild's (COMPLETION_FACT_SELECT: refunds that arrived before it folded in); a second completion of
 * the same order changes nothing.
 */
export async function recordCompletion(em: EntityManager, c: CompletionRow): Promise<void> {
  // Prepared: planning this statement cost several times its execution (see queryPrepared).
  await queryPrepared(
    em,
    'record_completion_v3',
    `WITH f AS (
       INSERT INTO order_facts (${COMPLETION_FACT_COLUMNS})
       ${COMPLETION_FACT_SELECT(ONE_COMPLETION)}
       ON CONFLICT (order_id) DO NOTHING
       RETURNING day, month, fiscal_year, lao_code, district_code, province_code, producer_id, producer_kind, member_count, category,
                 ${SALES_SQL} AS s, ${REVENUE_SQL} AS r
     )
     , ${sumCtes('f')}, ${markPresenceCte('pr', 'f')}
     SELECT 1`,
    [
      c.order_id,
      c.completed_at,
      c.day,
      c.month,
      c.fiscal_year,
      c.lao_code,
      c.district_code,
      c.province_code,
      c.producer_id,
      c.producer_kind,
      c.member_count,
      c.category,
      c.goods_satang,
    ],
  );
}
