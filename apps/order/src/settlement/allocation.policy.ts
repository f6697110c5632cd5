import type { OrderStatus, RefundReason } from '@app/contracts';
import { goodsTotal, netPaid, orderTotal } from '../orders/money.js';
import type { Order } from '../orders/order.js';

export interface AllocationOutcome {
  quantity: number;
  goodsTotalSatang: number;
  status: OrderStatus;
  /** money the consumer paid above the new total (or all of it when nothing was allocated) */
  refund: { amountSatang: number; reason: RefundReason } | null;
}

/**
 * The fair rule after a harvest: the order shrinks to what was allocated and the consumer never pays for
 * more than they get. Full → the balance is due; partial → totals recomputed and any payment above the new
 * total is owed back; nothing → cancelled and everything paid is owed back. The delivery fee stays as long
 * as something is delivered.
 */
export function settleAllocation(
  order: Pick<Order, 'quantity' | 'unitPriceSatang' | 'deliveryFeeSatang' | 'paidSatang' | 'refundedSatang'>,
  allocated: number,
): AllocationOutcome {
  const quantity = Math.max(0, Math.min(allocated, order.quantity));
  const net = netPaid(order);
  if (quantity === 0) {
    return {
      quantity: 0,
      goodsTotalSatang: 0,
      status: 'cancelled',
      refund: net > 0 ? { amountSatang: net, reason: 'allocation_none' } : null,
    };
  }
  const goods = goodsTotal(quantity, order.unitPriceSatang);
  const total = orderTotal({ goodsTotalSatang: goods, deliveryFeeSatang: order.deliveryFeeSatang });
  const excess = Math.max(0, net - total);
  return {
    quantity,
    goodsTotalSatang: goods,
    status: net - excess >= total ? 'paid' : 'awaiting_balance',
    refund: excess > 0 ? { amountSatang: excess, reason: 'allocation_short' } : null,
  };
}
