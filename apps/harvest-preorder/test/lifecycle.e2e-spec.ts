import { BATCH_ACTIONS, BATCH_STATUSES } from '@app/contracts';
import type { BatchAction, BatchStatus } from '@app/contracts';
import { eventually } from '@app/testing';
import { BATCH_TRANSITIONS, canTransition } from '../src/batches/batch-lifecycle.js';
import { batchAction, getBatch, givenBatch, opensInAnHour, reserveAt, usePreorderSystem } from './support.js';

/** The API follows the lifecycle table (batch-lifecycle.spec.ts pins the table itself to the legal list). */
const LEGAL = Object.entries(BATCH_TRANSITIONS).flatMap(([action, t]) =>
  t.from.map((from) => [from, action as BatchAction, t.to] as const),
);
const ILLEGAL = BATCH_STATUSES.flatMap((s) => BATCH_ACTIONS.map((a) => [s, a] as const)).filter(
  ([s, a]) => !canTransition(s, a),
);

describe('harvest-preorder: the batch lifecycle, every transition', () => {
  const t = usePreorderSystem({ BATCH_SWEEP_INTERVAL_MS: '100' });

  const act = (id: string, farmer: string, action: BatchAction) =>
    batchAction(
      t.sys,
      id,
      action,
      farmer,
      action === 'harvest' ? { actualQuantity: 10 } : action === 'cancel' ? { reason: 'test' } : {},
    );
  const statusOf = async (b: { id: string; farmer: string }) =>
    (await getBatch(t.sys, b.id, b.farmer).expect(200)).body.status;

  /** A batch brought to `status` through the API (a draft opens in an hour so the sweeper leaves it alone). */
  async function batchIn(status: BatchStatus) {
    const b = await givenBatch(t.sys, opensInAnHour());
    const path: Record<BatchStatus, BatchAction[]> = {
      draft: [],
      open: ['open'],
      closed: ['open', 'close'],
      harvested: ['open', 'close', 'harvest'],
      completed: ['open', 'close', 'harvest', 'complete'],
      cancelled: ['cancel'],
    };
    for (const a of path[status]) await act(b.id, b.farmer, a).expect(200);
    expect(await statusOf(b)).toBe(status);
    return b;
  }

  it.each(LEGAL)('%s --%s--> %s', async (from, action, to) => {
    const b = await batchIn(from);
    await act(b.id, b.farmer, action).expect(200);
    expect(await statusOf(b)).toBe(to);
  });

  it.each(ILLEGAL)('%s --%s--> 409 ILLEGAL_TRANSITION, nothing changed', async (from, action) => {
    const b = await batchIn(from);
    const res = await act(b.id, b.farmer, action).expect(409);
    expect(res.body.code).toBe('ILLEGAL_TRANSITION');
    expect(await statusOf(b)).toBe(from);
  });

  it('opens and closes by itself at its times (the sweeper), and refuses reservations outside the window', async () => {
    const b = await givenBatch(t.sys, {
      preorderOpensAt: new Date(Date.now() + 700).toISOString(),
      preorderClosesAt: new Date(Date.now() + 2500).toISOString(),
    });
    expect(b.batch.status).toBe('draft');
    await eventually(async () => expect((await getBatch(t.sys, b.id)).body.status).toBe('open'));
    await reserveAt(t.sys, b, 1).expect(201);
    await eventually(async () => expect((await getBatch(t.sys, b.id)).body.status).toBe('closed'));
    const late = await reserveAt(t.sys, b, 1).expect(409);
    expect(late.body.code).toBe('NOT_OPEN');
  });

  it('cancelling a batch cancels every reservation and raises one cancelled event per confirmed one (deposits to refund)', async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 3, estimatedQuantity: 3, waitlist: true });
    const confirmed = [];
    for (const q of [2, 1]) confirmed.push((await reserveAt(t.sys, b, q).expect(201)).body);
    const waiting = (await reserveAt(t.sys, b, 1).expect(201)).body;
    expect(waiting.status).toBe('waitlisted');
    await act(b.id, b.farmer, 'cancel').expect(200);
    const { rows } = await t.db.query(`SELECT id, status FROM reservations WHERE batch_id = $1 ORDER BY seq`, [b.id]);
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const events = await t.db.query(
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
    expect((await getBatch(t.sys, b.id, b.farmer).expect(200)).body).toMatchObject({
      status: 'cancelled',
      reservedQuantity: 0,
    });
  });
});
