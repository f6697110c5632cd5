import pg from 'pg';
import { BATCH_ACTIONS } from '@app/contracts';
import type { BatchAction, BatchStatus } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import { consumerToken, givenBatch, reserve } from './support.js';

const LEGAL: Array<[BatchStatus, BatchAction, BatchStatus]> = [
  ['draft', 'open', 'open'],
  ['open', 'close', 'closed'],
  ['closed', 'harvest', 'harvested'],
  ['harvested', 'complete', 'completed'],
  ['draft', 'cancel', 'cancelled'],
  ['open', 'cancel', 'cancelled'],
  ['closed', 'cancel', 'cancelled'],
];
const STATUSES: BatchStatus[] = ['draft', 'open', 'closed', 'harvested', 'completed', 'cancelled'];
const ILLEGAL = STATUSES.flatMap((s) => BATCH_ACTIONS.map((a) => [s, a] as const)).filter(
  ([s, a]) => !LEGAL.some(([f, la]) => f === s && la === a),
);

describe('harvest-preorder: the batch lifecycle, every transition', () => {
  let sys: TestSystem;
  let db: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({
      services: ['catalog', 'harvest-preorder', 'order'],
      env: { BATCH_SWEEP_INTERVAL_MS: '100' },
    });
    db = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await sys?.close();
  });

  const act = (id: string, farmer: string, action: BatchAction) =>
    action === 'harvest'
      ? sys
          .http()
          .post(`/api/v1/batches/${id}/harvest`)
          .set('authorization', `Bearer ${farmer}`)
          .send({ actualQuantity: 10 })
      : sys
          .http()
          .post(`/api/v1/batches/${id}/${action}`)
          .set('authorization', `Bearer ${farmer}`)
          .send(action === 'cancel' ? { reason: 'test' } : {});

  /** A batch brought to `status` through the API (a draft opens in an hour so the sweeper leaves it alone). */
  async function batchIn(status: BatchStatus) {
    const b = await givenBatch(sys, {
      preorderOpensAt: new Date(Date.now() + 3600_000).toISOString(),
      preorderClosesAt: new Date(Date.now() + 7200_000).toISOString(),
    });
    const path: Record<BatchStatus, BatchAction[]> = {
      draft: [],
      open: ['open'],
      closed: ['open', 'close'],
      harvested: ['open', 'close', 'harvest'],
      completed: ['open', 'close', 'harvest', 'complete'],
      cancelled: ['cancel'],
    };
    for (const a of path[status]) await act(b.id, b.farmer, a).expect(200);
    const got = await sys.http().get(`/api/v1/batches/${b.id}`).set('authorization', `Bearer ${b.farmer}`).expect(200);
    expect(got.body.status).toBe(status);
    return b;
  }

  it.each(LEGAL)('%s --%s--> %s', async (from, action, to) => {
    const b = await batchIn(from);
    await act(b.id, b.farmer, action).expect(200);
    expect(
      (await sys.http().get(`/api/v1/batches/${b.id}`).set('authorization', `Bearer ${b.farmer}`).expect(200)).body
        .status,
    ).toBe(to);
  });

  it.each(ILLEGAL)('%s --%s--> 409 ILLEGAL_TRANSITION, nothing changed', async (from, action) => {
    const b = await batchIn(from);
    const res = await act(b.id, b.farmer, action).expect(409);
    expect(res.body.code).toBe('ILLEGAL_TRANSITION');
    expect(
      (await sys.http().get(`/api/v1/batches/${b.id}`).set('authorization', `Bearer ${b.farmer}`).expect(200)).body
        .status,
    ).toBe(from);
  });

  it('opens and closes by itself at its times (the sweeper), and refuses reservations outside the window', async () => {
    const b = await givenBatch(sys, {
      preorderOpensAt: new Date(Date.now() + 700).toISOString(),
      preorderClosesAt: new Date(Date.now() + 2500).toISOString(),
    });
    expect(b.batch.status).toBe('draft');
    await eventually(async () => expect((await sys.http().get(`/api/v1/batches/${b.id}`)).body.status).toBe('open'));
    await reserve(sys, b.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId },
    }).expect(201);
    await eventually(async () => expect((await sys.http().get(`/api/v1/batches/${b.id}`)).body.status).toBe('closed'));
    const late = await reserve(sys, b.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId },
    }).expect(409);
    expect(late.body.code).toBe('NOT_OPEN');
  });

  it('cancelling a batch cancels every reservation and raises one cancelled event per confirmed one (deposits to refund)', async () => {
    const b = await givenBatch(sys, { reservableQuantity: 3, estimatedQuantity: 3, waitlist: true });
    const confirmed = [];
    for (const q of [2, 1])
      confirmed.push(
        (
          await reserve(sys, b.id, consumerToken(sys).token, {
            quantity: q,
            fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId },
          }).expect(201)
        ).body,
      );
    const waiting = (
      await reserve(sys, b.id, consumerToken(sys).token, {
        quantity: 1,
        fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId },
      }).expect(201)
    ).body;
    expect(waiting.status).toBe('waitlisted');
    await act(b.id, b.farmer, 'cancel').expect(200);
    const { rows } = await db.query(`SELECT id, status FROM reservations WHERE batch_id = $1 ORDER BY seq`, [b.id]);
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const events = await db.query(
      `SELECT payload FROM outbox WHERE type = 'preorder.reservation.cancelled' AND payload->'data'->>'batchId' = $1`,
      [b.id],
    );
    expect(events.rows.map((r) => r.payload.data).sort((x, y) => y.quantity - x.quantity)).toEqual([
      expect.objectContaining({
        reservationId: confirmed[0].id,
        orderId: confirmed[0].orderId,
        quantity: 2,
        cancelledBy: 'batch_cancelled',
      }),
      expect.objectContaining({
        reservationId: confirmed[1].id,
        orderId: confirmed[1].orderId,
        quantity: 1,
        cancelledBy: 'batch_cancelled',
      }),
    ]);
    expect(
      (await sys.http().get(`/api/v1/batches/${b.id}`).set('authorization', `Bearer ${b.farmer}`).expect(200)).body,
    ).toMatchObject({ status: 'cancelled', reservedQuantity: 0 });
  });
});
