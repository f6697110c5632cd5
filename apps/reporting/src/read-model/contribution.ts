import type { OrderFact } from './facts.js';

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
