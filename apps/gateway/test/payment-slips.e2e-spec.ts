import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import pg from 'pg';
import sharp from 'sharp';
import type { OrderViewV1 } from '@app/contracts';
import { inlineRefs, mismatches, TestSystem } from '@app/testing';
import type { Schema } from '@app/testing';
import { Actors, bearer, makeActors, open, openOrder } from '../../order/test/support/order-fixtures.js';
import { newTransRef, photoOfScreen, pngBomb, slipImage, slipJpegWithGps, slipPayload } from './support/slip-images.js';

/**
 * The consumer's bank slip, end to end: gateway (type by content, size, QR, normalised image) → order
 * service (who, which order, used before?) → PostgreSQL, and back out as an image only to those who may see
 * the order. Orders are opened the way harvest-preorder opens them; every test builds its own.
 */
describe('payment slips: upload and view', () => {
  let sys: TestSystem;
  let a: Actors;
  let db: pg.Client;
  let docs: { paths: Record<string, any> };

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'order'] });
    a = await makeActors(sys);
    db = new pg.Client({ connectionString: sys.databaseUrl('order') });
    await db.connect();
    docs = inlineRefs((await sys.http().get('/api/docs-json').expect(200)).body);
  });
  afterAll(async () => {
    await db?.end();
    await sys?.close();
  });

  /** An order of the actors' producer awaiting its deposit (30% of 1,000 baht), or as overridden. */
  async function order(over: Parameters<typeof openOrder>[0] = {}) {
    const o = openOrder({ producerId: a.producerId, consumerId: a.consumer.id, ...over });
    await open(sys, o);
    return o.orderId;
  }
  const upload = (token: string, orderId: string, body: Buffer, type = 'image/png') =>
    sys.http().post(`/api/v1/orders/${orderId}/slips`).set(bearer(token)).set('content-type', type).send(body);
  const image = (token: string, orderId: string, slipId: string) =>
    sys
      .http()
      .get(`/api/v1/orders/${orderId}/slips/${slipId}/image`)
      .set(bearer(token))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const rows = async (reference: string) =>
    (await db.query(`SELECT order_id FROM payment_slips WHERE reference = $1`, [reference])).rows.map(
      (r) => r.order_id,
    );
  const schema = (path: string, method: string, status: string): Schema =>
    docs.paths[path][method].responses[status].content['application/json'].schema;

  it('takes a JPEG slip with GPS in its EXIF, answers the order under review, and serves the image without metadata to those who may see the order', async () => {
    const orderId = await order();
    const ref = newTransRef();
    const res = await upload(
      a.consumer.token,
      orderId,
      await slipJpegWithGps(slipPayload(ref, '014')),
      'image/jpeg',
    ).expect(201);
    const view: OrderViewV1 = res.body;
    expect(view).toMatchObject({ id: orderId, status: 'awaiting_deposit', paymentUnderReview: true });
    expect(view.slips).toEqual([
      {
        id: expect.any(String),
        reference: ref,
        sendingBank: '014',
        status: 'pending',
        rejectReason: null,
        uploadedAt: expect.any(String),
      },
    ]);
    expect(mismatches(schema('/api/v1/orders/{id}/slips', 'post', '201'), view)).toEqual([]);

    // the order as anyone reads it afterwards, alone and in lists
    const got = await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(a.producer.token)).expect(200);
    expect(got.body).toMatchObject({ paymentUnderReview: true, slips: view.slips });
    expect(mismatches(schema('/api/v1/orders/{id}', 'get', '200'), got.body)).toEqual([]);
    const list = await sys.http().get('/api/v1/orders').set(bearer(a.consumer.token)).expect(200);
    expect(list.body.items.find((o: OrderViewV1) => o.id === orderId)).toMatchObject({
      paymentUnderReview: true,
      slips: view.slips,
    });
    expect(mismatches(schema('/api/v1/orders', 'get', '200'), list.body)).toEqual([]);

    const slipId = view.slips[0].id;
    for (const token of [a.consumer.token, a.producer.token, a.laoAdmin.token]) {
      const img = await image(token, orderId, slipId).expect(200);
      expect(img.headers).toMatchObject({
        'content-type': 'image/webp',
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      const meta = await sharp(img.body as Buffer).metadata();
      expect(meta).toMatchObject({ format: 'webp' });
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    // the stored bytes themselves carry no EXIF (no GPS) either
    const stored = (
      await db.query(`SELECT image, content_type, sha256, consumer_id FROM payment_slips WHERE id = $1`, [slipId])
    ).rows[0];
    expect(stored).toMatchObject({
      content_type: 'image/webp',
      consumer_id: a.consumer.id,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await sharp(stored.image as Buffer).metadata()).exif).toBeUndefined();
    expect((stored.image as Buffer).includes(Buffer.from('TestPhone'))).toBe(false);

    // nobody else: another consumer learns nothing (404), staff of another producer or LAO may not (403)
    expect((await image(a.otherConsumer.token, orderId, slipId).expect(404)).body).toBeDefined();
    await image(a.otherProducer.token, orderId, slipId).expect(403);
    await image(a.otherLaoAdmin.token, orderId, slipId).expect(403);
    await image(a.consumer.token, orderId, randomUUID()).expect(404);
    await sys.http().get(`/api/v1/orders/${orderId}/slips/${slipId}/image`).expect(401);
  });

  it('answers the same slip sent twice for one order with that slip, and refuses it for another order (nothing stored)', async () => {
    const first = await order();
    const second = await order();
    const ref = newTransRef();
    const png = await slipImage({ payload: slipPayload(ref) });
    const once = await upload(a.consumer.token, first, png).expect(201);
    // the same slip again, photographed this time: the same slip answers
    const again = await upload(a.consumer.token, first, await photoOfScreen(slipPayload(ref)), 'image/jpeg').expect(
      201,
    );
    expect(again.body.slips).toEqual(once.body.slips);
    expect(await rows(ref)).toEqual([first]);

    const dup = await upload(a.consumer.token, second, png).expect(409);
    expect(dup.body).toMatchObject({
      statusCode: 409,
      code: 'DUPLICATE',
      fields: [{ field: 'slip', message: expect.any(String) }],
    });
    expect(await rows(ref)).toEqual([first]);
    expect(
      (await sys.http().get(`/api/v1/orders/${second}`).set(bearer(a.consumer.token)).expect(200)).body,
    ).toMatchObject({ slips: [], paymentUnderReview: false });
  });

  it('confirms the waiting slip when the producer records the money, so the order is no longer under review', async () => {
    const orderId = await order();
    const ref = newTransRef();
    await upload(a.consumer.token, orderId, await slipImage({ payload: slipPayload(ref) })).expect(201);
    const paid = await sys
      .http()
      .post(`/api/v1/orders/${orderId}/payments`)
      .set(bearer(a.producer.token))
      .send({ amountSatang: 30_000, method: 'promptpay', reference: ref })
      .expect(201);
    expect(paid.body).toMatchObject({ paymentUnderReview: false, slips: [{ reference: ref, status: 'confirmed' }] });
    const decided = (await db.query(`SELECT decided_by FROM payment_slips WHERE reference = $1`, [ref])).rows[0];
    expect(decided.decided_by).toBe(a.producer.id);
  });

  it('lets exactly one of two concurrent uploads of one slip for two orders win', async () => {
    const [x, y] = [await order(), await order()];
    const ref = newTransRef();
    const png = await slipImage({ payload: slipPayload(ref) });
    const statuses = (await Promise.all([upload(a.consumer.token, x, png), upload(a.consumer.token, y, png)]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([201, 409]);
    expect(await rows(ref)).toHaveLength(1);
  });

  it('refuses what is not a readable slip image, naming the slip field', async () => {
    const orderId = await order();
    const text = await upload(
      a.consumer.token,
      orderId,
      Buffer.from('Dear bank, I paid. Regards.\n'.repeat(20)),
      'image/jpeg',
    ).expect(400);
    expect(text.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', fields: [{ field: 'slip' }] });

    const bomb = await upload(a.consumer.token, orderId, pngBomb(), 'application/octet-stream').expect(400);
    expect(bomb.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'slip' }] });

    const noQr = await upload(a.consumer.token, orderId, await slipImage({ format: 'webp' }), 'image/webp').expect(400);
    expect(noQr.body).toMatchObject({ statusCode: 400, code: 'SLIP_UNREADABLE', fields: [{ field: 'slip' }] });

    // 5 MB + 1 byte of a JPEG
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5 * 1024 * 1024 - 3, 7)]);
    const tooBig = await upload(a.consumer.token, orderId, big, 'image/jpeg').expect(413);
    expect(tooBig.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', fields: [{ field: 'slip' }] });

    // the same without a Content-Length (chunked): counted as it arrives, and still answered with a 413
    const chunked = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(
        `${sys.url}/api/v1/orders/${orderId}/slips`,
        {
          method: 'POST',
          headers: { ...bearer(a.consumer.token), 'content-type': 'image/jpeg', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 6; i++) req.write(i === 0 ? big.subarray(0, 1024 * 1024) : Buffer.alloc(1024 * 1024, 7));
      req.end();
    });
    expect(chunked).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', fields: [{ field: 'slip' }] } });

    const empty = await upload(a.consumer.token, orderId, Buffer.alloc(0), 'image/png').expect(400);
    expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'slip' }] });
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM payment_slips WHERE order_id = $1`, [orderId])).rows[0].n,
    ).toBe(0);
  });

  it("takes slips only from the order's consumer, and only while money is due", async () => {
    const orderId = await order();
    const png = await slipImage({ payload: slipPayload(newTransRef()) });
    await upload(a.otherConsumer.token, orderId, png).expect(404);
    expect((await upload(a.producer.token, orderId, png).expect(403)).body.code).toBe('FORBIDDEN');
    await upload(a.consumer.token, randomUUID(), png).expect(404);

    // no deposit: reserved, nothing due before the harvest
    const nothingDue = await order({ depositPercent: 0 });
    const refused = await upload(a.consumer.token, nothingDue, png).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'ILLEGAL_TRANSITION' });
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM payment_slips WHERE order_id = $1`, [nothingDue])).rows[0].n,
    ).toBe(0);
  });

  it('takes a slip over the global 1 MB body limit (a 3 MB uncompressed PNG) and documents the route as binary in, order out', async () => {
    const ref = newTransRef();
    const big = await sharp(await slipImage({ payload: slipPayload(ref), width: 1000, height: 1000, qrSize: 200 }))
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await upload(a.consumer.token, await order(), big).expect(201);
    expect(res.body.slips[0].reference).toBe(ref);

    const post = docs.paths['/api/v1/orders/{id}/slips'].post;
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'])
      expect(post.requestBody.content[type].schema).toMatchObject({ type: 'string', format: 'binary' });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '404', '409', '413']));
    const get = docs.paths['/api/v1/orders/{id}/slips/{slipId}/image'].get;
    expect(get.responses['200'].content['image/webp'].schema).toMatchObject({ type: 'string', format: 'binary' });
  });

  it('keeps image bodies to the slip route: JSON routes still refuse them', async () => {
    const orderId = await order();
    const png = await slipImage({ payload: slipPayload(newTransRef()) });
    const res = await sys
      .http()
      .post(`/api/v1/orders/${orderId}/payments`)
      .set(bearer(a.producer.token))
      .set('content-type', 'image/png')
      .send(png)
      .expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'content-type' }] });
  });
});
