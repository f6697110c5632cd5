import { OrderSubjects } from '@app/contracts';
import type { OpenOrderV1, OpenOrdersReplyV1 } from '@app/contracts';
import { useTestSystem } from '@app/testing';
import { openOrder as anOrder } from './support/order-fixtures.js';

/** 3 kg at 120.50 baht: goods 361.50 baht, a 30 % deposit of 108.45 (the figures below). */
const openOrder = (overrides: Partial<OpenOrderV1> = {}) =>
  anOrder({ quantity: 3, unitPriceSatang: 12_050, ...overrides });

describe('order service: opening the orders of reservations', () => {
  const t = useTestSystem({ services: ['order'], pools: { db: 'order' } });

  it('opens each order with its money in satang, once even when the command is repeated', async () => {
    const withDeposit = openOrder();
    const noDeposit = openOrder({ depositPercent: 0, quantity: 2 });
    const reply = await t.sys.rpc<OpenOrdersReplyV1>(OrderSubjects.openOrders, { orders: [withDeposit, noDeposit] });
    expect(reply.orderIds).toEqual([withDeposit.orderId, noDeposit.orderId]);
    await t.sys.rpc(OrderSubjects.openOrders, { orders: [withDeposit] });

    const rows = await t.db.query(
      `SELECT id, status, goods_total_satang, deposit_due_satang, deposit_deadline FROM orders ORDER BY status`,
    );
    expect(rows.rows).toHaveLength(2);
    const a = rows.rows.find((r) => r.id === withDeposit.orderId);
    expect(a).toMatchObject({ status: 'awaiting_deposit', goods_total_satang: '36150', deposit_due_satang: '10845' });
    expect(new Date(a.deposit_deadline).getTime() - new Date(withDeposit.reservedAt).getTime()).toBe(24 * 3600_000);
    const b = rows.rows.find((r) => r.id === noDeposit.orderId);
    expect(b).toMatchObject({
      status: 'reserved',
      goods_total_satang: '24100',
      deposit_due_satang: '0',
      deposit_deadline: null,
    });
  });

  it('refuses a malformed command naming the field, and opens none of it', async () => {
    const good = openOrder();
    const bad = openOrder({ quantity: 1.5 });
    await expect(t.sys.rpc(OrderSubjects.openOrders, { orders: [good, bad] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'orders[1].quantity' })],
    });
    const rows = await t.db.query('SELECT 1 FROM orders WHERE id = $1', [good.orderId]);
    expect(rows.rowCount).toBe(0);
  });
});
