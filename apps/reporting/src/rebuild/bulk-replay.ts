import type { DataSource } from 'typeorm';
import { OrderEvents } from '@app/contracts';
import type { IntegrationEvent, OrderCompletedV1, OrderRefundedV1 } from '@app/contracts';
import { bangkokDay, fiscalYearOf, monthOf } from '../periods/period.js';
import { APPROVED_MEMBERS_SQL } from '../read-model/facts.js';
import { phoneHash } from '../read-model/sale-parties.js';

/**
 * A batch of order events applied set-wise in one transaction (the rebuild: facts only, aggregates are
 * recomputed in bulk afterwards). Same rules as the per-event handlers in read-model/handlers.ts, in the
 * same order: refunds are kept first, a completion folds in every refund of its order (a second completion
 * of an order changes nothing), and a refund of an order already recorded raises its refunded amount to
 * the sum of its refunds. The inbox rows are written in the same statement flow, so an event the live
 * consumer already applied is skipped here and vice versa. Returns how many events were new.
 */
export async function applyOrderBatch(ds: DataSource, consumer: string, events: IntegrationEvent[]): Promise<number> {
  return ds.transaction(async (em) => {
    const inbox: Array<{ event_id: string }> = await em.query(
      `INSERT INTO inbox (consumer, event_id, type) SELECT $1, e.id, e.type FROM jsonb_to_recordset($2::jsonb) AS e(id uuid, type text)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, JSON.stringify(events.map((e) => ({ id: e.id, type: e.type })))],
    );
    const fresh = new Set(inbox.map((r) => r.event_id));
    const completions: unknown[] = [];
    const refunds: unknown[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      if (!fresh.has(e.id)) continue;
      if (e.type === OrderEvents.completed) {
        const d = e.data as OrderCompletedV1;
        if (seen.has(d.orderId)) continue; // a second completion in the same batch: the first one counts
        seen.add(d.orderId);
        const completedAt = new Date(d.completedAt).toISOString();
        const day = bangkokDay(completedAt);
        completions.push({
          order_id: d.orderId, completed_at: completedAt, day, month: monthOf(day), fiscal_year: fiscalYearOf(day),
          lao_code: d.laoCode, district_code: d.districtCode, province_code: d.provinceCode, producer_id: d.producerId,
          producer_kind: d.producerKind, member_count: d.producerMemberCount, category: d.category, goods_satang: d.goodsTotalSatang,
          consumer_id: d.consumerId, consumer_phone_hash: phoneHash(d.consumerPhone),
        });
      } else if (e.type === OrderEvents.refunded) {
        const d = e.data as OrderRefundedV1;
        refunds.push({ event_id: e.id, order_id: d.orderId, amount_satang: d.amountSatang, fully_refunded: d.fullyRefunded, refunded_at: d.refundedAt });
      }
    }
    if (!completions.length && !refunds.length) return fresh.size;
    const orderIds = [...new Set([...completions, ...refunds].map((r) => (r as { order_id: string }).order_id))];
    // The per-order locks of the live handlers, taken in one sorted pass (two batches never deadlock).
    await em.query(`SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(id, 6) AS h FROM unnest($1::text[]) id ORDER BY 1) x`, [orderIds]);
    if (refunds.length) {
      await em.query(
        `INSERT INTO order_refunds (event_id, order_id, amount_satang, fully_refunded, refunded_at)
         SELECT event_id, order_id, amount_satang, fully_refunded, refunded_at
         FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, order_id text, amount_satang bigint, fully_refunded boolean, refunded_at timestamptz)`,
        [JSON.stringify(refunds)],
      );
    }
    if (completions.length) {
      await em.query(
        `INSERT INTO order_facts (order_id, completed_at, day, month, fiscal_year, lao_code, district_code, province_code, producer_id,
                                  producer_kind, member_count, category, goods_satang, refunded_satang, fully_refunded, excluded)
         SELECT c.order_id, c.completed_at, c.day, c.month, c.fiscal_year, c.lao_code, c.district_code, c.province_code, c.producer_id,
                c.producer_kind, ${APPROVED_MEMBERS_SQL('c.producer_id', 'c.completed_at', 'c.member_count')}, c.category, c.goods_satang,
                COALESCE(r.amount, 0), COALESCE(r.fully, false), EXISTS (SELECT 1 FROM sale_exclusions x WHERE x.order_id = c.order_id)
         FROM jsonb_to_recordset($1::jsonb) AS c(order_id text, completed_at timestamptz, day date, month date, fiscal_year int, lao_code text,
                district_code text, province_code text, producer_id text, producer_kind text, member_count int, category text, goods_satang bigint)
         LEFT JOIN (SELECT order_id, SUM(amount_satang) AS amount, bool_or(fully_refunded) AS fully FROM order_refunds
                    WHERE order_id = ANY($2::text[]) GROUP BY order_id) r ON r.order_id = c.order_id
         ON CONFLICT (order_id) DO NOTHING`,
        [JSON.stringify(completions), orderIds],
      );
      await em.query(
        `INSERT INTO sale_parties (order_id, day, lao_code, producer_id, consumer_id, consumer_phone_hash)
         SELECT c.order_id, c.day, c.lao_code, c.producer_id, c.consumer_id, c.consumer_phone_hash
         FROM jsonb_to_recordset($1::jsonb) AS c(order_id text, day date, lao_code text, producer_id text, consumer_id text, consumer_phone_hash text)
         ON CONFLICT (order_id) DO NOTHING`,
        [JSON.stringify(completions)],
      );
    }
    if (refunds.length) {
      await em.query(
        `UPDATE order_facts f SET refunded_satang = GREATEST(f.refunded_satang, r.amount), fully_refunded = f.fully_refunded OR r.fully
         FROM (SELECT order_id, SUM(amount_satang) AS amount, bool_or(fully_refunded) AS fully FROM order_refunds
               WHERE order_id = ANY($1::text[]) GROUP BY order_id) r
         WHERE f.order_id = r.order_id AND (f.refunded_satang < r.amount OR (r.fully AND NOT f.fully_refunded))`,
        [[...new Set(refunds.map((r) => (r as { order_id: string }).order_id))]],
      );
    }
    return fresh.size;
  });
}
