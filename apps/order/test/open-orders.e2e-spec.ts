import { randomUUID } from 'node:crypto';
import { OrderEvents, OrderSubjects, STATUS_CHANGES_PER_EVENT } from '@app/contracts';
import type { OpenOrderV1, OpenOrdersReplyV1 } from '@app/contracts';
import { useTestSystem } from '@app/testing';
import { orderStatusChanged } from '../src/events/order-events.js';
import { toOrder } from '../src/orders/order.js';
import type { OrderRow } from '../src/orders/order.js';
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

  it('writes the history and one status_changed event of exactly the orders it opened, as they are stored', async () => {
    const before = openOrder();
    await t.sys.rpc(OrderSubjects.openOrders, { orders: [before] });
    const ended = openOrder();
    await t.db.query(
      `INSERT INTO order_tombstones (order_id, reason, event_id) VALUES ($1, 'reservation_cancelled', 'e1')`,
      [ended.orderId],
    );
    const plain = openOrder();
    const upper = openOrder({
      orderId: randomUUID().toUpperCase(),
      batchId: randomUUID().toUpperCase(),
      consumerId: randomUUID().toUpperCase(),
    });
    const direct = openOrder({ reservationId: null, depositPercent: 0 });
    const delivery = openOrder({
      deliveryFeeSatang: 4_000,
      fulfilment: {
        type: 'delivery',
        address: {
          line1: '1 หมู่ 2',
          districtCode: '5605',
          provinceCode: '56',
          postalCode: '56120',
          phone: '0812345678',
        },
      },
    });
    const group = [plain, before, ended, upper, plain, direct, delivery];
    const reply = await t.sys.rpc<OpenOrdersReplyV1>(OrderSubjects.openOrders, { orders: group });
    expect(reply.orderIds).toEqual(group.map((o) => o.orderId));

    const opened = [plain, ended, upper, direct, delivery].map((o) => o.orderId.toLowerCase());
    const rows: OrderRow[] = (await t.db.query(`SELECT * FROM orders WHERE id = ANY($1::uuid[])`, [opened])).rows;
    expect(rows.map((r) => r.id).sort()).toEqual([...opened].sort());
    const stored = rows.map(toOrder);
    expect(stored.find((o) => o.id === ended.orderId)).toMatchObject({ status: 'cancelled', depositDeadline: null });
    const history = await t.db.query(
      `SELECT order_id, from_status, to_status, trigger, actor FROM order_status_history WHERE order_id = ANY($1::uuid[])`,
      [[...opened, before.orderId]],
    );
    expect(history.rows).toHaveLength(opened.length + 1); // the order opened before has its one row, no second
    for (const o of stored) {
      expect(history.rows.filter((h) => h.order_id === o.id)).toEqual([
        {
          order_id: o.id,
          from_status: null,
          to_status: o.status,
          trigger: o.id === ended.orderId ? 'reservation_cancelled' : 'open',
          actor: 'system',
        },
      ]);
    }

    const events = (
      await t.db.query(
        `SELECT type, version, payload FROM outbox WHERE type = $1 AND payload->'data'->'changes' @> $2::jsonb`,
        [OrderEvents.statusChanged, JSON.stringify([{ orderId: plain.orderId }])],
      )
    ).rows;
    expect(events).toHaveLength(1);
    const changes = events[0].payload.data.changes as Array<{ orderId: string; at: string }>;
    expect(events[0].version).toBe(2);
    const at = new Date(changes[0].at);
    // what the event would be if built from the orders read back (as it was before the opening stopped reading them)
    const fromRows = stored.map((o) => JSON.parse(JSON.stringify(orderStatusChanged(o, null, 'open', at))));
    const byId = (a: { orderId: string }, b: { orderId: string }) => a.orderId.localeCompare(b.orderId);
    expect([...changes].sort(byId)).toEqual(fromRows.sort(byId));
  });

  it.each([
    ['a group of new orders only: its one event written by the opening statement', 3, 1],
    [
      `more than ${STATUS_CHANGES_PER_EVENT} new orders: one event per ${STATUS_CHANGES_PER_EVENT} changes`,
      STATUS_CHANGES_PER_EVENT + 1,
      2,
    ],
  ])('%s — the same events as the orders stored give', async (_name, n, eventCount) => {
    const group = Array.from({ length: n }, () => openOrder());
    await t.sys.rpc<OpenOrdersReplyV1>(OrderSubjects.openOrders, { orders: group });
    const ids = group.map((o) => o.orderId);
    const stored = (
      (await t.db.query(`SELECT * FROM orders WHERE id = ANY($1::uuid[])`, [ids])).rows as OrderRow[]
    ).map(toOrder);
    expect(stored).toHaveLength(n);
    const events = (
      await t.db.query(
        `SELECT id, type, version, occurred_at, payload FROM outbox WHERE type = $1 AND payload->'data'->'changes' @> ANY($2::jsonb[])`,
        [OrderEvents.statusChanged, ids.map((id) => JSON.stringify([{ orderId: id }]))],
      )
    ).rows;
    expect(events).toHaveLength(eventCount);
    const changes = events.flatMap((e) => e.payload.data.changes as Array<{ orderId: string; at: string }>);
    for (const e of events) {
      expect(e).toMatchObject({ type: OrderEvents.statusChanged, version: 2 });
      expect(e.payload).toMatchObject({ id: e.id, type: OrderEvents.statusChanged, version: 2 });
      expect(new Date(e.payload.occurredAt).getTime()).toBe(new Date(e.occurred_at).getTime());
    }
    const at = new Date(changes[0].at);
    const fromRows = stored.map((o) => JSON.parse(JSON.stringify(orderStatusChanged(o, null, 'open', at))));
    const byId = (a: { orderId: string }, b: { orderId: string }) => a.orderId.localeCompare(b.orderId);
    expect([...changes].sort(byId)).toEqual(fromRows.sort(byId));
    // and each order has its one history row
    const history = await t.db.query(
      `SELECT count(*)::int AS n FROM order_status_history WHERE order_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(history.rows[0].n).toBe(n);
  });
});
