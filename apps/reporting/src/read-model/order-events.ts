import type { EntityManager } from 'typeorm';
import type { EventOf, OrderCompletedV1 } from '@app/contracts';
import { bangkokDay, fiscalYearOf, monthOf } from '../periods/period.js';
import { phoneHash } from './sale-parties.js';

/**
 * What the order events write to the read model, defined once for the live handlers (read-model/handlers.ts:
 * one event per transaction, aggregates moved as each fact changes) and the rebuild (rebuild/bulk-replay.ts:
 * a thousand events per statement, aggregates recomputed in bulk afterwards). Both map an event to the same
 * row and run the same statements below on one row or on many; only how the aggregates follow differs
 * (apps/reporting/test/replay-equivalence.e2e-spec.ts replays the same events both ways and compares).
 */

/** A completion as the read model keeps it: the fact's columns and the sale's parties (no phone, its hash). */
export interface CompletionRow {
  order_id: string;
  completed_at: string;
  day: string;
  month: string;
  fiscal_year: number;
  lao_code: string;
  district_code: string;
  province_code: string;
  producer_id: string;
  producer_kind: string;
  member_count: number;
  category: string;
  goods_satang: number;
  consumer_id: string;
  consumer_phone_hash: string | null;
}

export function completionRow(d: OrderCompletedV1): CompletionRow {
  const completedAt = new Date(d.completedAt).toISOString();
  const day = bangkokDay(completedAt);
  return {
    order_id: d.orderId,
    completed_at: completedAt,
    day,
    month: monthOf(day),
    fiscal_year: fiscalYearOf(day),
    lao_code: d.laoCode,
    district_code: d.districtCode,
    province_code: d.provinceCode,
    producer_id: d.producerId,
    producer_kind: d.producerKind,
    member_count: d.producerMemberCount,
    category: d.category,
    goods_satang: d.goodsTotalSatang,
    consumer_id: d.consumerId,
    consumer_phone_hash: phoneHash(d.consumerPhone),
  };
}

export interface RefundRow {
  event_id: string;
  order_id: string;
  amount_satang: number;
  fully_refunded: boolean;
  refunded_at: string;
}

/** Every refund event is kept (by event id): a completion that comes later folds them in. */
export function refundRow(e: EventOf<'order.refunded', 1>): RefundRow {
  return {
    event_id: e.id,
    order_id: e.data.orderId,
    amount_satang: e.data.amountSatang,
    fully_refunded: e.data.fullyRefunded,
    refunded_at: e.data.refundedAt,
  };
}

/**
 * The member count a sale weighs: the producer's membership approved as of the sale's completion
 * (producer_memberships, from catalog.producer.membership-approved); $1 producer, $2 completion time,
 * $3 the count the order carried, used only while no approval before the sale is known.
 */
export const APPROVED_MEMBERS_SQL = (producer: string, at: string, fallback: string) =>
  `COALESCE((SELECT m.member_count FROM producer_memberships m WHERE m.producer_id = ${producer} AND m.effective_at <= ${at}
             ORDER BY m.effective_at DESC, m.change_id DESC LIMIT 1), ${fallback})`;

/** The columns of order_facts a completion writes, in the order COMPLETION_FACT_SELECT gives them. */
export const COMPLETION_FACT_COLUMNS = `order_id, completed_at, day, month, fiscal_year, lao_code, district_code, province_code, producer_id,
  producer_kind, member_count, category, goods_satang, refunded_satang, fully_refunded, excluded`;

/**
 * The fact of a completion, from a row source `c` of CompletionRow columns: the members weighed are the
 * approved ones at completion (the order's count only while none is known), the refunds that came before it
 * are folded in, and an exclusion an administrator made before it holds.
 */
export const COMPLETION_FACT_SELECT = (source: string) =>
  `SELECT c.order_id, c.completed_at, c.day, c.month, c.fiscal_year, c.lao_code, c.district_code, c.province_code, c.producer_id,
          c.producer_kind, ${APPROVED_MEMBERS_SQL('c.producer_id', 'c.completed_at', 'c.member_count')}, c.category, c.goods_satang,
          COALESCE((SELECT SUM(r.amount_satang) FROM order_refunds r WHERE r.order_id = c.order_id), 0),
          COALESCE((SELECT bool_or(r.fully_refunded) FROM order_refunds r WHERE r.order_id = c.order_id), false),
          EXISTS (SELECT 1 FROM sale_exclusions x WHERE x.order_id = c.order_id)
   FROM ${source}`;

/** A set of completion rows as a row source for COMPLETION_FACT_SELECT (parameter `$n`: their JSON). */
export const COMPLETION_ROWS = (param: string) =>
  `jsonb_to_recordset(${param}::jsonb) AS c(order_id text, completed_at timestamptz, day date, month date, fiscal_year int, lao_code text,
     district_code text, province_code text, producer_id text, producer_kind text, member_count int, category text, goods_satang bigint)`;

/** Who took part in each sale (for the flags); a second completion of an order changes nothing. */
export async function insertParties(em: EntityManager, rows: CompletionRow[]): Promise<void> {
  await em.query(
    `INSERT INTO sale_parties (order_id, day, lao_code, producer_id, consumer_id, consumer_phone_hash)
     SELECT c.order_id, c.day, c.lao_code, c.producer_id, c.consumer_id, c.consumer_phone_hash
     FROM jsonb_to_recordset($1::jsonb) AS c(order_id text, day date, lao_code text, producer_id text, consumer_id text, consumer_phone_hash text)
     ON CONFLICT (order_id) DO NOTHING`,
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
