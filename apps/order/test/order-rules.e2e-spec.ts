import { randomUUID } from 'node:crypto';
import { OrderSubjects } from '@app/contracts';
import { publishEvent } from '@app/testing';
import {
  allocated,
  bearer,
  getOrder,
  open,
  openOrder,
  ownOrder,
  postOrders,
  recordPayment,
  reservationCancelled,
  untilPreorderEventsApplied,
  untilStatus,
  useOrderSystem,
} from './support/order-fixtures.js';

describe('order rules: bad input, abuse, illegal transitions, nothing half-written', () => {
  const t = useOrderSystem();

  /** Everything a refused command could have left behind. */
  const footprint = async (id: string) => ({
    order: (await t.db.query(`SELECT status, paid_satang, refunded_satang, updated_at FROM orders WHERE id = $1`, [id]))
      .rows[0],
    payments: (await t.db.query(`SELECT count(*)::int AS n FROM payments WHERE order_id = $1`, [id])).rows[0].n,
    history: (await t.db.query(`SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1`, [id])).rows[0]
      .n,
    outbox: (await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->'data'->>'orderId' = $1`, [id]))
      .rows[0].n,
  });

  it.each([
    ['negative', -100],
    ['zero', 0],
    ['fractional', 100.5],
    ['too large', 10_000_000_001],
    ['a string', '100'],
  ])('refuses a %s amount with 400 naming amountSatang, and writes nothing', async (_, amountSatang) => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    const before = await footprint(o.orderId);
    const res = await postOrders(t.sys, t.a.producer.token, `${o.orderId}/payments`, {
      amountSatang,
      method: 'promptpay',
      reference: `R-${randomUUID()}`,
    }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('amountSatang');
    expect(await footprint(o.orderId)).toEqual(before);
  });

  it('names each bad field of a payment: method, reference, slipUrl, and unknown ones', async () => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    const res = await postOrders(t.sys, t.a.producer.token, `${o.orderId}/payments`, {
      amountSatang: 100,
      method: 'bitcoin',
      reference: '  ',
      slipUrl: 'not a url',
      extra: 1,
    }).expect(400);
    expect(new Set(res.body.fields.map((f: { field: string }) => f.field))).toEqual(
      new Set(['method', 'reference', 'slipUrl', 'extra']),
    );
    expect(
      (await t.sys.http().get('/api/v1/orders/not-a-uuid').set(bearer(t.a.consumer.token)).expect(400)).body.fields[0]
        .field,
    ).toBe('id');
    expect(
      (await t.sys.http().get(`/api/v1/orders/${randomUUID()}`).set(bearer(t.a.consumer.token)).expect(404)).body.code,
    ).toBe('NOT_FOUND');
    await t.sys.http().get(`/api/v1/orders/${o.orderId}`).expect(401);
  });

  it('refuses more than is due with 400 AMOUNT_EXCEEDS_DUE, leaving nothing behind', async () => {
    const o = ownOrder(t.a); // deposit 30,000
    await open(t.sys, o);
    const before = await footprint(o.orderId);
    const res = await recordPayment(t.sys, t.a.producer.token, o.orderId, 30_001, 'promptpay', `R-${o.orderId}`).expect(
      400,
    );
    expect(res.body).toMatchObject({ code: 'AMOUNT_EXCEEDS_DUE', fields: [{ field: 'amountSatang' }] });
    expect(await footprint(o.orderId)).toEqual(before);
  });

  it('refuses the same reference twice for the same producer (409 DUPLICATE) and writes nothing the second time', async () => {
    const first = ownOrder(t.a);
    const second = ownOrder(t.a);
    const otherProducers = openOrder({ consumerId: t.a.consumer.id, producerId: randomUUID() });
    await open(t.sys, first, second, otherProducers);
    const reference = `SLIP-${randomUUID()}`;
    await recordPayment(t.sys, t.a.producer.token, first.orderId, 5_000, 'transfer', reference).expect(201);
    const before = await footprint(second.orderId);
    const dup = await recordPayment(t.sys, t.a.laoAdmin.token, second.orderId, 30_000, 'transfer', reference).expect(
      409,
    );
    expect(dup.body).toMatchObject({ code: 'DUPLICATE', fields: [{ field: 'reference' }] });
    expect(await footprint(second.orderId)).toEqual(before);
    // another producer's payment may carry the same bank reference (scoped per producer); its LAO admin records it
    await recordPayment(t.sys, t.a.laoAdmin.token, otherProducers.orderId, 5_000, 'transfer', reference).expect(201);
  });

  it("keeps orders private: a consumer on another consumer's order gets 404, another producer or LAO admin 403", async () => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    const body = { amountSatang: 100, method: 'cash', reference: `X-${o.orderId}` };
    await t.sys.http().get(`/api/v1/orders/${o.orderId}`).set(bearer(t.a.otherConsumer.token)).expect(404);
    await t.sys.http().get(`/api/v1/orders/${o.orderId}/payment`).set(bearer(t.a.otherConsumer.token)).expect(404);
    expect(
      (await postOrders(t.sys, t.a.otherConsumer.token, `${o.orderId}/payments`, body).expect(404)).body.code,
    ).toBe('NOT_FOUND');
    expect((await postOrders(t.sys, t.a.otherConsumer.token, `${o.orderId}/ready`).expect(404)).body.code).toBe(
      'NOT_FOUND',
    );
    // the consumer may see but not confirm payments of their own order
    expect((await postOrders(t.sys, t.a.consumer.token, `${o.orderId}/payments`, body).expect(403)).body.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await postOrders(t.sys, t.a.otherProducer.token, `${o.orderId}/payments`, body).expect(403)).body.code,
    ).toBe('FORBIDDEN');
    await t.sys.http().get(`/api/v1/orders/${o.orderId}`).set(bearer(t.a.otherProducer.token)).expect(403);
    expect(
      (await postOrders(t.sys, t.a.otherLaoAdmin.token, `${o.orderId}/payments`, body).expect(403)).body.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await t.sys
          .http()
          .get('/api/v1/orders')
          .query({ batchId: o.batchId })
          .set(bearer(t.a.otherLaoAdmin.token))
          .expect(200)
      ).body.total,
    ).toBe(0);
    expect(await footprint(o.orderId)).toMatchObject({ payments: 0, history: 1 }); // only its opening
  });

  it('accepts exactly one of two simultaneous payments of the whole deposit (the order row is locked)', async () => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    const results = await Promise.all(
      ['A', 'B'].map((k) =>
        recordPayment(t.sys, t.a.producer.token, o.orderId, 30_000, 'promptpay', `${k}-${o.orderId}`),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await getOrder(t.sys, t.a.consumer.token, o.orderId)).toMatchObject({
      status: 'reserved',
      paidSatang: 30_000,
    });
  });

  it('refuses commands the lifecycle does not allow with 409 ILLEGAL_TRANSITION', async () => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    const opened = await footprint(o.orderId);
    expect(opened).toMatchObject({ history: 1, order: { status: 'awaiting_deposit' } }); // only its opening
    for (const path of ['ready', 'handover', 'complete']) {
      const token = path === 'complete' ? t.a.consumer.token : t.a.producer.token;
      expect((await postOrders(t.sys, token, `${o.orderId}/${path}`).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');
    }
    expect(
      (
        await postOrders(t.sys, t.a.producer.token, `${o.orderId}/ship`, {
          carrier: 'Kerry',
          trackingNumber: 'K1',
        }).expect(409)
      ).body.code,
    ).toBe('ILLEGAL_TRANSITION');
    expect(
      (await postOrders(t.sys, t.a.producer.token, `${o.orderId}/refund`, { amountSatang: 1, reason: 'x' }).expect(409))
        .body.code,
    ).toBe('ILLEGAL_TRANSITION');
    expect(await footprint(o.orderId)).toEqual(opened); // nothing written: no history, no event, no change
  });

  it('cancels on a released reservation and on a zero allocation, owing back the deposit; a cancelled order takes no payment', async () => {
    const released = ownOrder(t.a);
    const none = ownOrder(t.a);
    await open(t.sys, released, none);
    await recordPayment(t.sys, t.a.producer.token, released.orderId, 30_000, 'cash', `D-${released.orderId}`).expect(
      201,
    );
    await recordPayment(t.sys, t.a.producer.token, none.orderId, 30_000, 'cash', `D-${none.orderId}`).expect(201);
    await reservationCancelled(t.nc, released);
    await allocated(t.nc, none, 0);
    const c1 = await untilStatus(t.sys, t.a.consumer.token, released.orderId, 'cancelled');
    expect(c1.refunds).toEqual([
      expect.objectContaining({ amountSatang: 30_000, reason: 'reservation_cancelled', status: 'due' }),
    ]);
    const c2 = await untilStatus(t.sys, t.a.consumer.token, none.orderId, 'cancelled');
    expect(c2).toMatchObject({ quantity: 0, goodsTotalSatang: 0, refundedSatang: 30_000, amountDueSatang: 0 });
    expect(c2.refunds).toEqual([
      expect.objectContaining({ amountSatang: 30_000, reason: 'allocation_none', status: 'due' }),
    ]);

    const late = await recordPayment(t.sys, t.a.producer.token, none.orderId, 1, 'cash', `L-${none.orderId}`).expect(
      409,
    );
    expect(late.body.code).toBe('ILLEGAL_TRANSITION');
    // the owed deposit can still be paid back
    await postOrders(t.sys, t.a.producer.token, `${none.orderId}/refunds/${c2.refunds[0].id}/pay`, {
      method: 'transfer',
      reference: `RF-${none.orderId}`,
    }).expect(200);
    await postOrders(t.sys, t.a.producer.token, `${none.orderId}/refunds/${randomUUID()}/pay`, {
      method: 'transfer',
      reference: 'x',
    }).expect(404);
  });

  it('applies a redelivered allocation event once (inbox), and ignores a second allocation of a settled order', async () => {
    const o = ownOrder(t.a, { depositPercent: 50 }); // deposit 50,000
    await open(t.sys, o);
    await recordPayment(t.sys, t.a.producer.token, o.orderId, 50_000, 'cash', `D-${o.orderId}`).expect(201);
    const event = await allocated(t.nc, o, 3); // new total 30,000: 20,000 owed back
    await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'paid');
    // the very same event again, past JetStream's Msg-Id dedupe
    await publishEvent(t.nc, event.type, event.data, {
      id: event.id,
      occurredAt: event.occurredAt,
      msgID: `${event.id}-copy`,
    });
    await allocated(t.nc, o, 1);
    await untilPreorderEventsApplied(t.nc);
    const after = await getOrder(t.sys, t.a.consumer.token, o.orderId);
    expect(after).toMatchObject({ status: 'paid', quantity: 3, refundedSatang: 20_000 });
    expect(after.refunds).toHaveLength(1);
  });

  it('lists orders by who asks: a consumer their own, an LAO admin its LAO, filtered by status and batch, paged', async () => {
    const batchId = randomUUID();
    const own = [ownOrder(t.a, { batchId }), ownOrder(t.a, { batchId }), ownOrder(t.a, { batchId })];
    const theirs = openOrder({ batchId, producerId: t.a.producerId, consumerId: t.a.otherConsumer.id });
    await open(t.sys, ...own, theirs);
    await recordPayment(t.sys, t.a.producer.token, own[0].orderId, 30_000, 'cash', `D-${own[0].orderId}`).expect(201);

    const list = (token: string, query: object) =>
      t.sys.http().get('/api/v1/orders').query(query).set(bearer(token)).expect(200);
    const consumerView = await list(t.a.consumer.token, { batchId });
    expect(consumerView.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(consumerView.body.toPrepare).toBeUndefined();
    expect(consumerView.body.items.every((o: { consumerId: string }) => o.consumerId === t.a.consumer.id)).toBe(true);
    expect(
      (await list(t.a.consumer.token, { batchId, status: 'reserved' })).body.items.map((o: { id: string }) => o.id),
    ).toEqual([own[0].orderId]);
    const page2 = await list(t.a.laoAdmin.token, { batchId, pageSize: 3, page: 2 });
    expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.body.items).toHaveLength(1);
    expect((await list(t.a.otherProducer.token, { batchId })).body.total).toBe(0);
    const bad = await t.sys
      .http()
      .get('/api/v1/orders')
      .query({ status: 'lost', pageSize: 500, page: '1e20' })
      .set(bearer(t.a.consumer.token))
      .expect(400);
    expect(new Set(bad.body.fields.map((f: { field: string }) => f.field))).toEqual(
      new Set(['status', 'pageSize', 'page']),
    );
  });

  it('documents every order route in the OpenAPI document', async () => {
    const doc = await t.sys.http().get('/api/docs-json').expect(200);
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      '',
      '/{id}',
      '/{id}/payment',
      '/{id}/payments',
      '/{id}/refunds/{refundId}/pay',
      '/{id}/refund',
      '/{id}/ready',
      '/{id}/ship',
      '/{id}/handover',
      '/{id}/complete',
    ]) {
      expect(paths).toContain(`/api/v1/orders${p}`);
    }
    expect(doc.body.components.schemas.RecordPaymentBody.required).toEqual(
      expect.arrayContaining(['amountSatang', 'method', 'reference']),
    );
  });

  it('answers the reporting reconciliation for internal callers and the DLA only', async () => {
    const q = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };
    await expect(
      t.sys.rpc(OrderSubjects.listCompleted, q, {
        userId: t.a.producer.id,
        roles: ['producer'],
        producerId: t.a.producerId,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(t.sys.rpc(OrderSubjects.listCompleted, { from: 'yesterday', to: q.to })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'from' })],
    });
    expect(
      Array.isArray(await t.sys.rpc(OrderSubjects.listCompleted, q, { userId: randomUUID(), roles: ['dla_admin'] })),
    ).toBe(true);
  });
});
