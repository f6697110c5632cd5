import type { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '@app/persistence';
import { REVENUE_SQL, SALES_SQL } from './contribution.js';
import type { OrderFact } from './facts.js';
import type { CompletionRow, RefundRow } from './order-events.js';
import { markPresenceCte } from './presence.repository.js';
import { sumCtes } from './sums.repository.js';

/**
 * order_facts (one row per completed order, no consumer data) and order_refunds (every refund event, kept
 * until its order completes and folded in then). The statements the live handlers run on one row and the
 * rebuild on a thousand (read-model/order-events.ts maps the events to their rows) are the same ones here.
 */

/** An order_facts row as PostgreSQL returns it (bigint as text, timestamptz as a Date). */
export interface OrderFactRow extends Pick<
  CompletionRow,
  | 'order_id'
  | 'lao_code'
  | 'district_code'
  | 'province_code'
  | 'producer_id'
  | 'producer_kind'
  | 'member_count'
  | 'category'
> {
  completed_at: Date | string;
  goods_satang: string | number;
  refunded_satang: string | number;
  fully_refunded: boolean;
  excluded: boolean;
}

export function rowToFact(r: OrderFactRow): OrderFact {
  return {
    orderId: String(r.order_id),
    completedAt: new Date(r.completed_at).toISOString(),
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

const FACT_COLUMNS = `order_id, completed_at, lao_code, district_code, province_code, producer_id, producer_kind, member_count, category, goods_satang, refunded_satang, fully_refunded, excluded`;

/**
 * The member count a sale weighs: the producer's membership approved as of the sale's completion
 * (producer_memberships, from catalog.producer.membership-approved); $1 producer, $2 completion time,
 * $3 the count the order carried, used only while no approval before the sale is known.
 */
const APPROVED_MEMBERS_SQL = (producer: string, at: string, fallback: string) =>
  `COALESCE((SELECT m.member_count FROM producer_memberships m WHERE m.producer_id = ${producer} AND m.effective_at <= ${at}
             ORDER BY m.effective_at DESC, m.change_id DESC LIMIT 1), ${fallback})`;

/** The columns of order_facts a completion writes, in the order COMPLETION_FACT_SELECT gives them. */
const COMPLETION_FACT_COLUMNS = `order_id, completed_at, day, month, fiscal_year, lao_code, district_code, province_code, producer_id,
  producer_kind, member_count, category, goods_satang, refunded_satang, fully_refunded, excluded`;

/**
 * The fact of a completion, from a row source `c` of CompletionRow columns: the members weighed are the
 * approved ones at completion (the order's count only while none is known), the refunds that came before it
 * are folded in, and an exclusion an administrator made before it holds.
 */
const COMPLETION_FACT_SELECT = (source: string) =>
  `SELECT c.order_id, c.completed_at, c.day, c.month, c.fiscal_year, c.lao_code, c.district_code, c.province_code, c.producer_id,
          c.producer_kind, ${APPROVED_MEMBERS_SQL('c.producer_id', 'c.completed_at', 'c.member_count')}, c.category, c.goods_satang,
          COALESCE((SELECT SUM(r.amount_satang) FROM order_refunds r WHERE r.order_id = c.order_id), 0),
          COALESCE((SELECT bool_or(r.fully_refunded) FROM order_refunds r WHERE r.order_id = c.order_id), false),
          EXISTS (SELECT 1 FROM sale_exclusions x WHERE x.order_id = c.order_id)
   FROM ${source}`;

/** One completion row as the row source of COMPLETION_FACT_SELECT (parameters $1–$13). */
const ONE_COMPLETION = `(SELECT $1::text AS order_id, $2::timestamptz AS completed_at, $3::date AS day, $4::date AS month, $5::int AS fiscal_year,
   $6::text AS lao_code, $7::text AS district_code, $8::text AS province_code, $9::text AS producer_id, $10::text AS producer_kind,
   $11::int AS member_count, $12::text AS category, $13::bigint AS goods_satang) c`;

/** A set of completion rows as the row source of COMPLETION_FACT_SELECT (parameter $1: their JSON). */
const COMPLETION_ROWS = `jsonb_to_recordset($1::jsonb) AS c(order_id text, completed_at timestamptz, day date, month date, fiscal_year int, lao_code text,
     district_code text, province_code text, producer_id text, producer_kind text, member_count int, category text, goods_satang bigint)`;

/**
 * Order events are applied several at once (consumer concurrency): the events of one order take turns on
 * a transaction-scoped lock, so a refund and its completion never miss each other.
 */
export async function lockOrder(em: EntityManager, orderId: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 6))`, [orderId]);
}

/** The per-order locks of many orders, taken in one sorted pass (two batches never deadlock). */
export async function lockOrders(em: EntityManager, orderIds: string[]): Promise<void> {
  await em.query(
    `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(id, 6) AS h FROM unnest($1::text[]) id ORDER BY 1) x`,
    [orderIds],
  );
}

/**
 * A completion's locks in one round trip: the order's; its LAO's, shared (a move of the LAO takes it alone,
 * so this completion's presence is written under the LAO's place before or after the move, never half-way);
 * then its producer's (presence.repository.ts: lockProducers). Always in this order: no cycle with a move.
 */
export async function lockCompletion(em: EntityManager, c: CompletionRow): Promise<void> {
  await em.query(
    `SELECT pg_advisory_xact_lock(hashtextextended($1, 6)), pg_advisory_xact_lock_shared(hashtextextended($3, 8)), pg_advisory_xact_lock(hashtextextended($2, 7))`,
    [c.order_id, c.producer_id, c.lao_code],
  );
}

export async function approvedMembers(
  em: EntityManager,
  producerId: string,
  completedAt: string,
  fallback: number,
): Promise<number> {
  const [r]: Array<{ n: number }> = await em.query(
    `SELECT ${APPROVED_MEMBERS_SQL('$1', '$2::timestamptz', '$3::int')} AS n`,
    [producerId, completedAt, fallback],
  );
  return Number(r.n);
}

export async function findFact(em: EntityManager, orderId: string, lock = true): Promise<OrderFact | null> {
  const rows: OrderFactRow[] = await em.query(
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
  const rows: OrderFactRow[] = await em.query(
    `SELECT * FROM order_facts WHERE completed_at >= $1 AND completed_at < $2`,
    [from, to],
  );
  return rows.map(rowToFact);
}

/** Writes a fact as it is now (insert or replace), with its day, month and fiscal year. */
export async function upsertFact(
  em: EntityManager,
  f: OrderFact & { excluded: boolean },
  period: { day: string; month: string; fiscalYear: number },
): Promise<void> {
  await em.query(
    `INSERT INTO order_facts (${FACT_COLUMNS}, day, month, fiscal_year)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (order_id) DO UPDATE SET completed_at = EXCLUDED.completed_at, lao_code = EXCLUDED.lao_code,
       district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code, producer_id = EXCLUDED.producer_id,
       producer_kind = EXCLUDED.producer_kind, member_count = EXCLUDED.member_count, category = EXCLUDED.category,
       goods_satang = EXCLUDED.goods_satang, refunded_satang = EXCLUDED.refunded_satang, fully_refunded = EXCLUDED.fully_refunded,
       excluded = EXCLUDED.excluded, day = EXCLUDED.day, month = EXCLUDED.month, fiscal_year = EXCLUDED.fiscal_year`,
    [
      f.orderId,
      f.completedAt,
      f.laoCode,
      f.districtCode,
      f.provinceCode,
      f.producerId,
      f.producerKind,
      f.memberCount,
      f.category,
      f.goodsSatang,
      f.refundedSatang,
      f.fullyRefunded,
      f.excluded,
      period.day,
      period.month,
      period.fiscalYear,
    ],
  );
}

export async function deleteFact(em: EntityManager, orderId: string): Promise<void> {
  await em.query(`DELETE FROM order_facts WHERE order_id = $1`, [orderId]);
}

/**
 * The hot path: a completion recorded with its sums and presence in one statement (one round trip). The
 * fact is the rebuild's (COMPLETION_FACT_SELECT: refunds that arrived before it folded in); a second
 * completion of the same order changes nothing.
 */
export async function recordCompletion(em: EntityManager, c: CompletionRow): Promise<void> {
  // Prepared: planning this statement cost several times its execution (see queryPrepared).
  await queryPrepared(
    em,
    'record_completion_v4',
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

/** The rebuild's path: many completions' facts in one statement (the sums and presence are recomputed after). */
export async function insertCompletions(em: EntityManager, rows: CompletionRow[]): Promise<void> {
  await em.query(
    `INSERT INTO order_facts (${COMPLETION_FACT_COLUMNS}) ${COMPLETION_FACT_SELECT(COMPLETION_ROWS)} ON CONFLICT (order_id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

export async function insertRefunds(em: EntityManager, rows: RefundRow[]): Promise<void> {
  await em.query(
    `INSERT INTO order_refunds (event_id, order_id, amount_satang, fully_refunded, refunded_at)
     SELECT event_id, order_id, amount_satang, fully_refunded, refunded_at
     FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, order_id text, amount_satang bigint, fully_refunded boolean, refunded_at timestamptz)`,
    [JSON.stringify(rows)],
  );
}

/**
 * The refund rule, for the recorded facts of these orders: refunds only grow — reconciliation may already
 * have set the order service's total (refund events still in flight included), so a fact takes the larger
 * of that and the sum of the refund events seen; once fully refunded, it stays so. Returns the orders whose
 * fact changed. (Orders not completed yet: nothing; their completion folds the refunds in.)
 */
export async function raiseRefundedFacts(em: EntityManager, orderIds: string[]): Promise<string[]> {
  const rows: Array<{ order_id: string }> = await em.query(
    // in a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count]
    `WITH u AS (UPDATE order_facts f SET refunded_satang = GREATEST(f.refunded_satang, r.amount), fully_refunded = f.fully_refunded OR r.fully
       FROM (SELECT order_id, SUM(amount_satang) AS amount, bool_or(fully_refunded) AS fully FROM order_refunds
             WHERE order_id = ANY($1::text[]) GROUP BY order_id) r
       WHERE f.order_id = r.order_id AND (f.refunded_satang < r.amount OR (r.fully AND NOT f.fully_refunded))
       RETURNING f.order_id) SELECT order_id FROM u`,
    [orderIds],
  );
  return rows.map((r) => r.order_id);
}

/**
 * A producer's facts completed since a membership approval took effect, weighed again with the approved
 * count. Returns the fiscal years whose facts changed.
 */
export async function reweighMembers(em: EntityManager, producerId: string, effectiveAt: string): Promise<number[]> {
  const changed: Array<{ fiscal_year: number }> = await em.query(
    // in a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count]
    `WITH u AS (UPDATE order_facts f SET member_count = ${APPROVED_MEMBERS_SQL('f.producer_id', 'f.completed_at', 'f.member_count')}
     WHERE f.producer_id = $1 AND f.completed_at >= $2
       AND f.member_count IS DISTINCT FROM ${APPROVED_MEMBERS_SQL('f.producer_id', 'f.completed_at', 'f.member_count')}
     RETURNING f.fiscal_year) SELECT DISTINCT fiscal_year FROM u`,
    [producerId, effectiveAt],
  );
  return changed.map((r) => r.fiscal_year);
}
