import { randomUUID } from 'node:crypto';
import type { OrderViewV1 } from '@app/contracts';
import { inlineRefs, mismatches, TestSystem } from '@app/testing';
import type { Schema } from '@app/testing';
import { Actors, bearer, makeActors, open, openOrder } from '../../order/test/support/order-fixtures.js';
import { newTransRef, slipImage, slipPayload } from './support/slip-images.js';

/**
 * The producer's side of a bank slip (ตรวจการชำระเงิน): the orders waiting for a check
 * (GET /orders?paymentUnderReview=true), and ไม่ตรงยอด — rejecting a pending slip with a reason the consumer
 * reads (POST /orders/:id/slips/:slipId/reject). Every test builds its own orders.
 */
describe('payment slips: the producer checks them', () => {
  let sys: TestSystem;
  let a: Actors;
  let docs: { paths: Record<string, any> };

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'order'] });
    a = await makeActors(sys);
    docs = inlineRefs((await sys.http().get('/api/docs-json').expect(200)).body);
  });
  afterAll(async () => {
    await sys?.close();
  });

  /** An order of the actors' producer awaiting its 300-baht deposit, with a slip uploaded by its consumer. */
  async function orderWithSlip(): Promise<{ orderId: string; slipId: string; reference: string }> {
    const o = openOrder({ producerId: a.producerId, consumerId: a.consumer.id });
    await open(sys, o);
    const reference = newTransRef();
    const res = await sys
      .http()
      .post(`/api/v1/orders/${o.orderId}/slips`)
      .set(bearer(a.consumer.token))
      .set('content-type', 'image/png')
      .send(await slipImage({ payload: slipPayload(reference) }))
      .expect(201);
    return { orderId: o.orderId, slipId: res.body.slips[0].id, reference };
  }
  const reject = (token: string, orderId: string, slipId: string, body: unknown) =>
    sys
      .http()
      .post(`/api/v1/orders/${orderId}/slips/${slipId}/reject`)
      .set(bearer(token))
      .send(body as object);
  const underReview = async (token: string, value: string) =>
    (
      (
        await sys
          .http()
          .get('/api/v1/orders')
          .query({ paymentUnderReview: value, pageSize: 100 })
          .set(bearer(token))
          .expect(200)
      ).body.items as OrderViewV1[]
    ).map((o) => o.id);
  const schema = (path: string, method: string, status: string): Schema =>
    docs.paths[path][method].responses[status].content['application/json'].schema;

  it('lists only the orders with a slip waiting, to their producer and LAO admin, and not to another producer', async () => {
    const waiting = await orderWithSlip();
    const quiet = openOrder({ producerId: a.producerId, consumerId: a.consumer.id });
    await open(sys, quiet);

    for (const token of [a.producer.token, a.laoAdmin.token]) {
      const ids = await underReview(token, 'true');
      expect(ids).toContain(waiting.orderId);
      expect(ids).not.toContain(quiet.orderId);
      const others = await underReview(token, 'false');
      expect(others).toContain(quiet.orderId);
      expect(others).not.toContain(waiting.orderId);
    }
    expect(await underReview(a.otherProducer.token, 'true')).not.toContain(waiting.orderId);
    // the slip image: the order's producer yes, another producer no
    await sys
      .http()
      .get(`/api/v1/orders/${waiting.orderId}/slips/${waiting.slipId}/image`)
      .set(bearer(a.producer.token))
      .expect(200);
    await sys
      .http()
      .get(`/api/v1/orders/${waiting.orderId}/slips/${waiting.slipId}/image`)
      .set(bearer(a.otherProducer.token))
      .expect(403);

    const bad = await sys
      .http()
      .get('/api/v1/orders')
      .query({ paymentUnderReview: 'yes' })
      .set(bearer(a.producer.token))
      .expect(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'paymentUnderReview' })]);
    expect(docs.paths['/api/v1/orders'].get.parameters.map((p: { name: string }) => p.name)).toContain(
      'paymentUnderReview',
    );
  });

  it('rejects a pending slip with its reason: the order leaves review, the consumer reads why and can send another slip', async () => {
    const { orderId, slipId, reference } = await orderWithSlip();
    const reason = '  ยอดในสลิป 200 บาท แต่ยอดมัดจำคือ 300 บาท  ';
    const res = await reject(a.producer.token, orderId, slipId, { reason }).expect(200);
    expect(res.body).toMatchObject({
      id: orderId,
      status: 'awaiting_deposit',
      paymentUnderReview: false,
      amountDueSatang: 30_000,
    });
    expect(res.body.slips).toEqual([
      expect.objectContaining({ id: slipId, reference, status: 'rejected', rejectReason: reason.trim() }),
    ]);
    expect(mismatches(schema('/api/v1/orders/{id}/slips/{slipId}/reject', 'post', '200'), res.body)).toEqual([]);

    const seen = await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(a.consumer.token)).expect(200);
    expect(seen.body.slips[0]).toMatchObject({ status: 'rejected', rejectReason: reason.trim() });
    expect(await underReview(a.producer.token, 'true')).not.toContain(orderId);

    // a corrected slip goes under review again
    const again = await sys
      .http()
      .post(`/api/v1/orders/${orderId}/slips`)
      .set(bearer(a.consumer.token))
      .set('content-type', 'image/png')
      .send(await slipImage({ payload: slipPayload(newTransRef()) }))
      .expect(201);
    expect(again.body).toMatchObject({ paymentUnderReview: true });
    expect(again.body.slips.map((s: { status: string }) => s.status)).toEqual(['rejected', 'pending']);
  });

  it('lets the LAO admin reject too, and refuses a slip already decided (409)', async () => {
    const one = await orderWithSlip();
    await reject(a.laoAdmin.token, one.orderId, one.slipId, { reason: 'ชื่อผู้โอนไม่ตรง' }).expect(200);
    const twice = await reject(a.producer.token, one.orderId, one.slipId, { reason: 'อีกครั้ง' }).expect(409);
    expect(twice.body).toMatchObject({ statusCode: 409, code: 'ILLEGAL_TRANSITION' });

    // recording the money confirms the slip: it cannot be rejected afterwards
    const two = await orderWithSlip();
    await sys
      .http()
      .post(`/api/v1/orders/${two.orderId}/payments`)
      .set(bearer(a.producer.token))
      .send({ amountSatang: 30_000, method: 'promptpay', reference: two.reference })
      .expect(201);
    expect((await reject(a.producer.token, two.orderId, two.slipId, { reason: 'ไม่ตรง' }).expect(409)).body.code).toBe(
      'ILLEGAL_TRANSITION',
    );
  });

  it('keeps the decision to the order’s producer and LAO admin', async () => {
    const { orderId, slipId } = await orderWithSlip();
    const body = { reason: 'ไม่ตรงยอด' };
    expect((await reject(a.otherProducer.token, orderId, slipId, body).expect(403)).body.code).toBe('FORBIDDEN');
    await reject(a.otherLaoAdmin.token, orderId, slipId, body).expect(403);
    await reject(a.consumer.token, orderId, slipId, body).expect(403);
    await reject(a.otherConsumer.token, orderId, slipId, body).expect(404);
    await sys.http().post(`/api/v1/orders/${orderId}/slips/${slipId}/reject`).send(body).expect(401);
    await reject(a.producer.token, orderId, randomUUID(), body).expect(404);
    await reject(a.producer.token, randomUUID(), slipId, body).expect(404);
    // still waiting after all of that
    expect(await underReview(a.producer.token, 'true')).toContain(orderId);
  });

  it('requires a reason of 1–300 characters, naming the reason field, and leaves the slip pending', async () => {
    const { orderId, slipId } = await orderWithSlip();
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 42 }, { reason: 'ก'.repeat(301) }]) {
      const res = await reject(a.producer.token, orderId, slipId, body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))]).toEqual(['reason']);
    }
    const unknown = await reject(a.producer.token, orderId, slipId, { reason: 'ok', status: 'confirmed' }).expect(400);
    expect(unknown.body.fields.map((f: { field: string }) => f.field)).toContain('status');
    await reject(a.producer.token, orderId, 'not-a-uuid', { reason: 'ok' }).expect(400);
    expect(
      (await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(a.producer.token)).expect(200)).body,
    ).toMatchObject({ paymentUnderReview: true });
    // exactly 300 is fine
    await reject(a.producer.token, orderId, slipId, { reason: 'ข'.repeat(300) }).expect(200);
  });
});
