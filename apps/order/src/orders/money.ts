import { MAX_ORDER_TOTAL_SATANG } from '@app/contracts';

/**
 * The money rules of an order, in integer satang, computed with BigInt so no intermediate product is ever
 * rounded by floating point; a result above MAX_ORDER_TOTAL_SATANG (which keeps PromptPay's 13-character
 * amount tag valid) is refused rather than silently wrong.
 */
export function goodsTotal(quantity: number, unitPriceSatang: number): number {
  return toSatang(BigInt(quantity) * BigInt(unitPriceSatang));
}

/** Deposit is a percent of the goods (not of the delivery fee), rounded up to the satang. */
export function depositDue(goodsTotalSatang: number, depositPercent: number): number {
  return toSatang((BigInt(goodsTotalSatang) * BigInt(depositPercent) + 99n) / 100n);
}

/** Whether an amount fits one order (and so one PromptPay payload). */
export function withinOrderLimit(satang: number): boolean {
  return Number.isSafeInteger(satang) && satang >= 0 && satang <= MAX_ORDER_TOTAL_SATANG;
}

function toSatang(v: bigint): number {
  if (v < 0n || v > BigInt(MAX_ORDER_TOTAL_SATANG))
    throw new RangeError(`${v} satang is outside 0..${MAX_ORDER_TOTAL_SATANG}`);
  return Number(v);
}

export interface OrderMoney {
  status: string;
  goodsTotalSatang: number;
  deliveryFeeSatang: number;
  depositDueSatang: number;
  paidSatang: number;
  refundedSatang: number;
}

/** What the consumer owes for the order as a whole: goods plus delivery. */
export function orderTotal(o: Pick<OrderMoney, 'goodsTotalSatang' | 'deliveryFeeSatang'>): number {
  return o.goodsTotalSatang + o.deliveryFeeSatang;
}

/** What the producer keeps of the consumer's payments: paid minus refunds owed or made. */
export function netPaid(o: Pick<OrderMoney, 'paidSatang' | 'refundedSatang'>): number {
  return o.paidSatang - o.refundedSatang;
}

/**
 * What the consumer must pay now: the rest of the deposit before harvest, the rest of the total after it,
 * nothing in any other status (before harvest once the deposit is in, nothing more is asked).
 */
export function amountDueNow(o: OrderMoney): number {
  if (o.status === 'awaiting_deposit') return Math.max(0, o.depositDueSatang - netPaid(o));
  if (o.status === 'awaiting_balance') return Math.max(0, orderTotal(o) - netPaid(o));
  return 0;
}
