import type { EventOf, OrderCompletedV1 } from '@app/contracts';
import { bangkokDay, fiscalYearOf, monthOf } from '../periods/period.js';
import { phoneHash } from './sale-parties.js';

/**
 * What the order events write to the read model, defined once for the live handlers (read-model/handlers.ts:
 * one event per transaction, aggregates moved as each fact changes) and the rebuild (rebuild/bulk-replay.ts:
 * a thousand events per statement, aggregates recomputed in bulk afterwards). Both map an event to the same
 * row below and run the same statements on one row or on many (order-facts.repository.ts: the completion's
 * fact, the refunds and the refund rule; sale-parties.repository.ts: who took part); only how the aggregates
 * follow differs (apps/reporting/test/replay-equivalence.e2e-spec.ts replays the same events both ways and
 * compares).
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
