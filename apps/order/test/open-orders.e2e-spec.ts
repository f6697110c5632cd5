import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { OrderSubjects } from '@app/contracts';
import type { OpenOrderV1, OpenOrdersReplyV1 } from '@app/contracts';
import { TestSystem } from '@app/testing';

function openOrder(overrides: Partial<OpenOrderV1> = {}): OpenOrderV1 {
  return {
    orderId: randomUUID(),
    reservationId: randomUUID(),
    batchId: randomUUID(),
    productId: randomUUID(),
    productName: 'ลำไยอบแห้ง',
    category: 'fruit',
    unit: 'kg',
    producerId: randomUUID(),
    producerKind: 'farmer',
    producerMemberCount: 1,
    promptPayId: '0812345678',
    laoCode: '4560501',
    districtCode: '5605',
    provinceCode: '56',
    consumerId: randomUUID(),
    quantity: 3,
    unitPriceSatang: 12_050,
    deliveryFeeSatang: 0,
    depositPercent: 30,
    fulfilment: { type: 'pickup', pickupPointId: randomUUID(), pickupPointName: 'ตลาดเทศบาล' },
    reservedAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('order service: opening the orders of reservations', () => {
  let sys: TestSystem;
  let db: pg.Client;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['order'] });
    db = new pg.Client({ connectionString: sys.databaseUrl('order') });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await sys?.close();
  });

  it('opens each order with its money in satang, once even when the command is repeated', async () => {
    const withDeposit = openOrder();
    const noDeposit = openOrder({ depositPercent: 0, quantity: 2 });
    const reply = await sys.rpc<OpenOrdersReplyV1>(OrderSubjects.openOrders, { orders: [withDeposit, noDeposit] });
    expect(reply.orderIds).toEqual([withDeposit.orderId, noDeposit.orderId]);
    await sys.rpc(OrderSubjects.openOrders, { orders: [withDeposit] });

    const rows = await db.query(
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
    await expect(sys.rpc(OrderSubjects.openOrders, { orders: [good, bad] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'orders[1].quantity' })],
    });
    const rows = await db.query('SELECT 1 FROM orders WHERE id = $1', [good.orderId]);
    expect(rows.rowCount).toBe(0);
  });
});
