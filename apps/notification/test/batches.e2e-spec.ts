import pg from 'pg';
import { NotificationSubjects } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import { givenBatch, givenProduct, reserve } from '../../harvest-preorder/test/support.js';
import { lastBangkokHour } from '../src/rules/manners.js';
import { fakeTokens, startFakes } from './fakes.js';

const TOKENS = fakeTokens('U0000000000000000000000000000btch');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * The producer's and the waitlist's messages from harvest-preorder's batch events, with the real catalog,
 * harvest-preorder, order and notification services: sold out (once), waitlisted with the place in line,
 * a waitlist place become a reservation, the window closing tomorrow and ONE daily summary per producer.
 */
describe('notification: batches and waitlists (real harvest-preorder)', () => {
  let sys: TestSystem;
  let preorderDb: pg.Pool;
  let fakes: Awaited<ReturnType<typeof startFakes>>;

  beforeAll(async () => {
    fakes = await startFakes(TOKENS);
    sys = await TestSystem.start({
      services: ['catalog', 'harvest-preorder', 'order', 'notification'],
      appEnv: { notification: fakes.env },
      env: {
        BATCH_SWEEP_INTERVAL_MS: '100',
        NOTIFICATION_ALLOW_CLOCK_OVERRIDE: 'true',
        NOTIFICATION_SWEEP_INTERVAL_MS: '86400000',
      },
    });
    preorderDb = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
  });
  afterAll(async () => {
    await preorderDb?.end();
    await sys?.close();
    await fakes?.close();
  });

  const sweep = (asOf: Date) =>
    sys.rpc<{ windowsClosing: number; dailySummaries: number }>(NotificationSubjects.runSweeps, {
      asOf: asOf.toISOString(),
    });
  const inbox = async (token: string) =>
    (await sys.http().get('/api/v1/me/notifications?page=1&pageSize=50').set(bearer(token)).expect(200)).body
      .items as Array<{ kind: string; title: string; body: string; link: string }>;
  const untilKinds = (token: string, kind: string, n: number) =>
    eventually(async () => {
      const found = (await inbox(token)).filter((i) => i.kind === kind);
      expect(found).toHaveLength(n);
      return found;
    });

  it('sold out once, the waitlisted with their places, a promotion, the window closing and one daily summary', async () => {
    const p = await givenProduct(sys, { productName: 'ลิ้นจี่ฮงฮวย' });
    const producer = await sys.userWithRole('producer', { laoCode: p.laoCode, producerId: p.producerId });
    const closesAt = new Date(Date.now() + 30 * 3600_000).toISOString();
    const full = await givenBatch(
      sys,
      { reservableQuantity: 3, estimatedQuantity: 3, waitlist: true, preorderClosesAt: closesAt },
      p,
    );
    const open = await givenBatch(
      sys,
      { reservableQuantity: 100, estimatedQuantity: 100, preorderClosesAt: closesAt },
      p,
    );
    const [a, b, c, d, e] = [
      await sys.userWithRole('consumer'),
      await sys.userWithRole('consumer'),
      await sys.userWithRole('consumer'),
      await sys.userWithRole('consumer'),
      await sys.userWithRole('consumer'),
    ];
    const at = (batch: { pickupPointId: string }) => ({ type: 'pickup', pickupPointId: batch.pickupPointId });

    const mine = (await reserve(sys, full.id, a.token, { quantity: 1, fulfilment: at(full) }).expect(201)).body;
    await reserve(sys, full.id, b.token, { quantity: 2, fulfilment: at(full) }).expect(201);
    const first = (await reserve(sys, full.id, c.token, { quantity: 1, fulfilment: at(full) }).expect(201)).body;
    const second = (await reserve(sys, full.id, d.token, { quantity: 1, fulfilment: at(full) }).expect(201)).body;
    expect([first.status, second.status]).toEqual(['waitlisted', 'waitlisted']);
    await reserve(sys, open.id, e.token, { quantity: 4, fulfilment: at(open) }).expect(201);

    // sold out: the producer, once; the waitlisted: each with its place in line
    const [soldOut] = await untilKinds(producer.token, 'batch_sold_out', 1);
    expect(soldOut).toMatchObject({ title: 'จองเต็มแล้ว: ลิ้นจี่ฮงฮวย', link: `/farmer/batches/${full.id}` });
    const [cWait] = await untilKinds(c.token, 'waitlisted', 1);
    expect(cWait).toMatchObject({ link: `/reservations/${first.id}` });
    expect(cWait.body).toContain('ลำดับที่ 1');
    expect((await untilKinds(d.token, 'waitlisted', 1))[0].body).toContain('ลำดับที่ 2');
    // the batch's events, not the reservations': opened and sold out once; the waitlisted events of the
    // sweeps (one per batch and sweep at most) list each waitlisted reservation once
    const { rows } = await preorderDb.query(
      `SELECT type, payload FROM outbox WHERE payload->'data'->>'batchId' = $1 AND type LIKE 'preorder.%'`,
      [full.id],
    );
    const count = (type: string) => rows.filter((r) => r.type === type).length;
    expect([count('preorder.batch.opened'), count('preorder.batch.sold_out')]).toEqual([1, 1]);
    const listed = rows
      .filter((r) => r.type === 'preorder.reservations.waitlisted')
      .flatMap((r) =>
        r.payload.data.items.map((i: { reservationId: string; place: number }) => [i.reservationId, i.place]),
      );
    expect(listed.sort((x: [string, number], y: [string, number]) => x[1] - y[1])).toEqual([
      [first.id, 1],
      [second.id, 2],
    ]);

    // a cancellation frees a unit: the first in line gets it, told once, and its order opens
    await sys.http().delete(`/api/v1/reservations/${mine.id}`).set(bearer(a.token)).expect(200);
    const [promoted] = await untilKinds(c.token, 'waitlist_promoted', 1);
    expect(promoted.title).toBe('ได้สิทธิ์จองแล้ว: ลิ้นจี่ฮงฮวย');
    expect(promoted.link).toMatch(/^\/orders\//);
    await untilKinds(c.token, 'reservation_confirmed', 1);
    expect(await inbox(d.token)).toHaveLength(1); // still waiting: nothing new
    expect(await inbox(producer.token)).toHaveLength(1); // the sold-out batch stays sold out: not told again

    // the window closes within 24 hours (time moved): the open batch only (the other is sold out), once
    const t1 = new Date(Date.now() + 7 * 3600_000);
    expect((await sweep(t1)).windowsClosing).toBe(1);
    expect((await sweep(t1)).windowsClosing).toBe(0);
    const [closing] = await untilKinds(producer.token, 'window_closing', 1);
    expect(closing.link).toBe(`/farmer/batches/${open.id}`);

    // the daily summary: at the next summary hour, ONE message for the producer counting every new reservation
    const summaryAt = new Date(lastBangkokHour(new Date(Date.now() + 86_400_000), 18).at.getTime() + 60_000);
    await sweep(summaryAt);
    await sweep(summaryAt);
    const [summary] = await untilKinds(producer.token, 'daily_summary', 1);
    // a, b, e reserved; c's waitlisted reservation became one (its order opened today)
    expect(summary.title).toBe('สรุปการจองใหม่วันนี้: 4 รายการ');
    expect(summary.body).toContain('ลิ้นจี่ฮงฮวย 4');
    expect(fakes.captured.refused).toEqual([]);
  });
});
