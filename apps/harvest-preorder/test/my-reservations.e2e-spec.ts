import { randomUUID } from 'node:crypto';
import { bearer, fieldsOf } from '@app/testing';
import {
  cancelReservation,
  consumerToken,
  givenBatch,
  mintToken,
  producerToken,
  reserveAt,
  usePreorderSystem,
} from './support.js';

describe('harvest-preorder: a consumer reads its reservations and its place in the waitlist', () => {
  const t = usePreorderSystem();

  const get = (id: string, token: string) => t.sys.http().get(`/api/v1/reservations/${id}`).set(bearer(token));
  const mine = (token: string, query: Record<string, unknown> = {}) =>
    t.sys.http().get('/api/v1/me/reservations').set(bearer(token)).query(query);
  const position = async (id: string, token: string) => (await get(id, token).expect(200)).body.waitlistPosition;

  async function reserved(batch: { id: string; pickupPointId: string }, quantity: number, who = consumerToken(t.sys)) {
    const res = await reserveAt(t.sys, batch, quantity, { as: who.token, allowPartial: false }).expect(201);
    return { ...who, reservation: res.body as { id: string; status: string } };
  }

  it('numbers the waitlist 1, 2, 3 in the order it is served, and 1, 2 once a cancellation promotes the first', async () => {
    const b = await givenBatch(t.sys, {
      reservableQuantity: 10,
      estimatedQuantity: 10,
      maxQuantityPerConsumer: 10,
      waitlist: true,
    });
    const first = await reserved(b, 5);
    await reserved(b, 5);
    const waiting = [];
    for (let i = 0; i < 3; i++) waiting.push(await reserved(b, 5));
    expect(waiting.map((w) => w.reservation.status)).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);
    expect(await Promise.all(waiting.map((w) => position(w.reservation.id, w.token)))).toEqual([1, 2, 3]);
    expect(await position(first.reservation.id, first.token)).toBeNull();

    await cancelReservation(t.sys, first.reservation.id, first.token).expect(200);
    const promoted = await get(waiting[0].reservation.id, waiting[0].token).expect(200);
    expect(promoted.body).toMatchObject({
      status: 'confirmed',
      quantity: 5,
      waitlistPosition: null,
      orderId: expect.any(String),
    });
    expect(await Promise.all(waiting.slice(1).map((w) => position(w.reservation.id, w.token)))).toEqual([1, 2]);
  });

  it('shows a reservation to its consumer and to who manages the batch; to anyone else it does not exist', async () => {
    const b = await givenBatch(t.sys);
    const { id, product, farmer } = b;
    const { token, reservation } = await reserved(b, 2);
    const own = await get(reservation.id, token).expect(200);
    expect(own.body).toEqual({
      id: reservation.id,
      status: 'confirmed',
      quantity: 2,
      orderId: expect.any(String),
      batchId: id,
      productId: product.productId,
      productName: product.productName,
      unit: product.unit,
      waitlistPosition: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.+Z$/),
    });
    await get(reservation.id, farmer).expect(200);
    await get(
      reservation.id,
      mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: product.laoCode }),
    ).expect(200);
    for (const other of [
      consumerToken(t.sys).token,
      mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: '4560502' }),
    ]) {
      const res = await get(reservation.id, other).expect(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'id' }] });
    }
    await get(randomUUID(), token).expect(404);
    const bad = await get('not-a-uuid', token).expect(400);
    expect(fieldsOf(bad)).toEqual(['id']);
    await t.sys.http().get(`/api/v1/reservations/${reservation.id}`).expect(401);
  });

  it("lists the consumer's own reservations newest first, paged and filtered by status", async () => {
    const a = await givenBatch(t.sys, { reservableQuantity: 4, estimatedQuantity: 4, waitlist: true });
    const b = await givenBatch(t.sys);
    const me = consumerToken(t.sys);
    const r1 = (await reserved(a, 4, me)).reservation;
    const r2 = (await reserved(b, 1, me)).reservation;
    const r3 = (await reserved(a, 2, consumerToken(t.sys))).reservation; // someone else's
    const r4 = (await reserved(b, 3, me)).reservation;
    await cancelReservation(t.sys, r2.id, me.token).expect(200);

    const all = await mine(me.token).expect(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([r4.id, r2.id, r1.id]);
    expect(all.body.items.map((r: { id: string }) => r.id)).not.toContain(r3.id);
    const page2 = await mine(me.token, { page: 2, pageSize: 2 }).expect(200);
    expect(page2.body).toMatchObject({
      total: 3,
      page: 2,
      pageSize: 2,
      items: [{ id: r1.id, status: 'confirmed', batchId: a.id }],
    });
    const cancelled = await mine(me.token, { status: 'cancelled' }).expect(200);
    expect(cancelled.body).toMatchObject({
      total: 1,
      items: [{ id: r2.id, status: 'cancelled', waitlistPosition: null }],
    });

    const other = consumerToken(t.sys);
    const waitlisted = (await reserved(a, 1, other)).reservation;
    expect(waitlisted.status).toBe('waitlisted');
    const theirs = await mine(other.token, { status: 'waitlisted' }).expect(200);
    // behind the other consumer's waitlisted reservation on the same batch
    expect(theirs.body).toMatchObject({ total: 1, items: [{ id: waitlisted.id, waitlistPosition: 2 }] });
    expect((await mine(consumerToken(t.sys).token).expect(200)).body).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    });
  });

  it('names a bad status or page (400), and needs a consumer login', async () => {
    const me = consumerToken(t.sys);
    for (const [query, field] of [
      [{ status: 'paid' }, 'status'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ page: 'x' }, 'page'],
    ] as const) {
      const res = await mine(me.token, query).expect(400);
      expect([...new Set(fieldsOf(res))]).toEqual([field]);
    }
    await t.sys.http().get('/api/v1/me/reservations').expect(401);
    await mine(producerToken(t.sys, { laoCode: '4560501', producerId: randomUUID() })).expect(403);
  });
});
