import { randomUUID } from 'node:crypto';
import { eventually, TestSystem } from '@app/testing';
import { consumerToken, givenBatch, mintToken, reserve } from '../../harvest-preorder/test/support.js';

/**
 * The farmer's live-sale view (server-sent events fed by harvest-preorder's ticks) and the harvest preview
 * (the allocation rule run without writing), through the gateway.
 */
describe('live sale and harvest preview', () => {
  const sys = TestSystem.forSuite({
    services: ['catalog', 'harvest-preorder', 'order'],
    env: { BATCH_SWEEP_INTERVAL_MS: '100' },
  });

  const whenOpen = (id: string) =>
    eventually(async () => (await sys.http().get(`/api/v1/batches/${id}`)).body.status === 'open');
  const pickup = (pickupPointId: string) => ({ type: 'pickup', pickupPointId });

  /** Reads server-sent events from the gateway until `until` holds for one of them. */
  async function readEvents(
    url: string,
    token: string,
    until: (e: Record<string, any>) => boolean,
    onOpen: () => Promise<void>,
  ) {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const events: Array<Record<string, any>> = [];
    let buffer = '';
    let opened = false;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += Buffer.from(value).toString('utf8');
        let i: number;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const chunk = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const data = chunk.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const e = JSON.parse(data.slice(6));
          events.push(e);
          if (until(e)) return events;
        }
        if (!opened) {
          opened = true;
          await onOpen();
        }
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }

  it('streams the counters and the last reservations as consumers reserve, without polling', async () => {
    const { id, farmer, pickupPointId } = await givenBatch(sys, {
      reservableQuantity: 10,
      waitlist: true,
      maxQuantityPerConsumer: 10,
    });
    await whenOpen(id);
    const events = await readEvents(
      `${sys.url}/api/v1/batches/${id}/live`,
      farmer,
      (e) => e.reservedQuantity === 10 && e.waitlistedCount === 1,
      async () => {
        await reserve(sys, id, consumerToken(sys).token, { quantity: 4, fulfilment: pickup(pickupPointId) }).expect(
          201,
        );
        await reserve(sys, id, consumerToken(sys).token, { quantity: 6, fulfilment: pickup(pickupPointId) }).expect(
          201,
        );
        await reserve(sys, id, consumerToken(sys).token, {
          quantity: 2,
          fulfilment: pickup(pickupPointId),
          allowPartial: false,
        }).expect(201);
      },
    );
    expect(events[0]).toMatchObject({ batchId: id, reservedQuantity: 0, remainingQuantity: 10, recent: [] });
    const last = events[events.length - 1];
    expect(last).toMatchObject({
      reservedQuantity: 10,
      remainingQuantity: 0,
      soldOut: true,
      confirmedCount: 2,
      waitlistedCount: 1,
      waitlistedQuantity: 2,
    });
    expect(last.recent.map((r: { quantity: number }) => r.quantity)).toEqual([2, 6, 4]);
    expect(last.recent[0]).toEqual({ quantity: 2, status: 'waitlisted', at: expect.any(String) });

    const snap = await sys
      .http()
      .get(`/api/v1/batches/${id}/live-snapshot`)
      .set('authorization', `Bearer ${farmer}`)
      .expect(200);
    expect(snap.body).toMatchObject({ reservedQuantity: 10, waitlistedCount: 1 });
  });

  it('shows the live view only to who manages the batch', async () => {
    const { id } = await givenBatch(sys);
    const stranger = mintToken(sys, {
      userId: randomUUID(),
      roles: ['producer'],
      laoCode: '4560501',
      producerId: randomUUID(),
    });
    await sys.http().get(`/api/v1/batches/${id}/live`).set('authorization', `Bearer ${stranger}`).expect(404);
    await sys
      .http()
      .get(`/api/v1/batches/${id}/live`)
      .set('authorization', `Bearer ${consumerToken(sys).token}`)
      .expect(403);
    await sys.http().get(`/api/v1/batches/${id}/live`).expect(401);
    await sys
      .http()
      .get(`/api/v1/batches/not-a-uuid/live-snapshot`)
      .set('authorization', `Bearer ${stranger}`)
      .expect(400);
  });

  it('previews a short harvest by the allocation rule and writes nothing', async () => {
    const { id, farmer, pickupPointId } = await givenBatch(sys, {
      reservableQuantity: 20,
      maxQuantityPerConsumer: 10,
      unitPriceSatang: 5000,
      waitlist: true,
    });
    await whenOpen(id);
    for (const [quantity, allowPartial] of [
      [4, true],
      [3, true],
      [2, false],
    ] as const) {
      await reserve(sys, id, consumerToken(sys).token, {
        quantity,
        allowPartial,
        fulfilment: pickup(pickupPointId),
      }).expect(201);
    }
    const auth = { authorization: `Bearer ${farmer}` };
    const open = await sys
      .http()
      .post(`/api/v1/batches/${id}/harvest/preview`)
      .set(auth)
      .send({ actualQuantity: 5 })
      .expect(409);
    expect(open.body.code).toBe('ILLEGAL_TRANSITION');
    await sys.http().post(`/api/v1/batches/${id}/close`).set(auth).expect(200);

    const p = (
      await sys.http().post(`/api/v1/batches/${id}/harvest/preview`).set(auth).send({ actualQuantity: 5 }).expect(200)
    ).body;
    expect(p).toMatchObject({
      actualQuantity: 5,
      reservedQuantity: 9,
      full: 1,
      partial: 1,
      none: 1,
      shortQuantity: 4,
      shortValueSatang: 20_000,
      surplus: 0,
      waitlistCancelled: 0,
    });
    expect(p.allocations.map((a: { requested: number; allocated: number }) => [a.requested, a.allocated])).toEqual([
      [4, 4],
      [3, 1],
      [2, 0],
    ]);
    const big = (
      await sys.http().post(`/api/v1/batches/${id}/harvest/preview`).set(auth).send({ actualQuantity: 15 }).expect(200)
    ).body;
    expect(big).toMatchObject({ full: 3, partial: 0, none: 0, shortQuantity: 0, surplus: 6 });

    // nothing was written: still closed, and the real harvest allocates the same way
    expect((await sys.http().get(`/api/v1/batches/${id}`).expect(200)).body.status).toBe('closed');
    const real = (
      await sys.http().post(`/api/v1/batches/${id}/harvest`).set(auth).send({ actualQuantity: 5 }).expect(200)
    ).body;
    expect(real.allocations.map((a: { allocated: number }) => a.allocated)).toEqual(
      p.allocations.map((a: { allocated: number }) => a.allocated),
    );
  });

  it('refuses a preview with a bad yield, of an unknown batch, or by another producer', async () => {
    const { id, farmer } = await givenBatch(sys);
    const auth = { authorization: `Bearer ${farmer}` };
    const bad = await sys
      .http()
      .post(`/api/v1/batches/${id}/harvest/preview`)
      .set(auth)
      .send({ actualQuantity: -1 })
      .expect(400);
    expect(bad.body.fields[0].field).toBe('actualQuantity');
    await sys
      .http()
      .post(`/api/v1/batches/${randomUUID()}/harvest/preview`)
      .set(auth)
      .send({ actualQuantity: 1 })
      .expect(404);
    const other = mintToken(sys, {
      userId: randomUUID(),
      roles: ['producer'],
      laoCode: '4560501',
      producerId: randomUUID(),
    });
    await sys
      .http()
      .post(`/api/v1/batches/${id}/harvest/preview`)
      .set('authorization', `Bearer ${other}`)
      .send({ actualQuantity: 1 })
      .expect(403);
  });
});
