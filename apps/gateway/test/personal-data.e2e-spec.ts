import { randomBytes, randomUUID } from 'node:crypto';
import { eventually, queryDb, TestSystem } from '@app/testing';
import { bearer, createProducer, createProduct, randomPhone } from '../../catalog/test/catalog-fixtures.js';
import { LAO, open, openOrder } from '../../order/test/support/order-fixtures.js';
import { hashPassword } from '../src/identity/passwords.js';

/** PDPA: a consumer downloads their personal data, and erases it across the services, figures kept. */
describe('my personal data (GET /me/personal-data, POST /me/erase)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog', 'harvest-preorder', 'order'] });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  /** POST /me/erase as `token` (the body carries the password). */
  const erase = (token: string, body: object) => sys.http().post('/api/v1/me/erase').set(bearer(token)).send(body);

  /** A consumer with a delivery order, a bank slip and a review: the data a real one accumulates. */
  async function consumerWithHistory() {
    const id = randomUUID();
    const phone = randomPhone();
    await queryDb(
      sys,
      'gateway',
      `INSERT INTO users (id, name, phone, email, password_hash, role) VALUES ($1, 'สมศรี ใจดี', $2, $3, $4, 'consumer')`,
      [id, phone, `${phone}@example.com`, await hashPassword('my-password-1')],
    );
    const token = await sys.login(phone, 'my-password-1');
    const address = {
      line1: '99/1 หมู่ 4 บ้านหนองหล่ม',
      subdistrict: 'ห้วยลาน',
      districtCode: LAO.districtCode,
      provinceCode: LAO.provinceCode,
      postalCode: '56120',
      phone: '0861112222',
    };
    const order = openOrder({ consumerId: id, fulfilment: { type: 'delivery', address }, deliveryFeeSatang: 5000 });
    await open(sys, order);
    await queryDb(
      sys,
      'order',
      `INSERT INTO payment_slips (id, order_id, consumer_id, reference, sending_bank, image, content_type, sha256) VALUES ($1, $2, $3, $4, '004', $5, 'image/jpeg', 'x')`,
      [randomUUID(), order.orderId, id, randomBytes(8).toString('hex'), randomBytes(64)],
    );
    const producer = await createProducer(sys, admin);
    const product = await createProduct(sys, admin, producer.id);
    await queryDb(
      sys,
      'catalog',
      `INSERT INTO reviews (id, product_id, order_id, consumer_id, rating, text) VALUES ($1, $2, $3, $4, 5, 'อร่อยมาก ส่งถึงบ้านสมศรี')`,
      [randomUUID(), product.id, order.orderId, id],
    );
    return { id, phone, token, order, address };
  }

  it('downloads everything held about me as JSON: account, orders with addresses and slips, reservations, reviews', async () => {
    const c = await consumerWithHistory();
    const res = await sys.http().get('/api/v1/me/personal-data').set(bearer(c.token)).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.account).toMatchObject({
      id: c.id,
      name: 'สมศรี ใจดี',
      phone: c.phone,
      email: `${c.phone}@example.com`,
      roles: ['consumer'],
    });
    expect(res.body.orders).toEqual([
      expect.objectContaining({
        id: c.order.orderId,
        fulfilment: { type: 'delivery', address: c.address },
        slips: [expect.objectContaining({ sendingBank: '004' })],
      }),
    ]);
    expect(res.body.reviews).toEqual([expect.objectContaining({ rating: 5, text: 'อร่อยมาก ส่งถึงบ้านสมศรี' })]);
    expect(res.body.reservations).toEqual([]);
    await sys.http().get('/api/v1/me/personal-data').expect(401);
  });

  it('refuses an erasure without the right password (naming password), writing nothing; and for a producer login (403)', async () => {
    const c = await consumerWithHistory();
    const missing = await erase(c.token, {}).expect(400);
    expect([...new Set(missing.body.fields.map((f: { field: string }) => f.field))]).toEqual(['password']);
    expect((await erase(c.token, { password: 'wrong-one-1' }).expect(401)).body.fields).toEqual([
      expect.objectContaining({ field: 'password' }),
    ]);
    expect(await queryDb(sys, 'gateway', `SELECT name, erased_at FROM users WHERE id = $1`, [c.id])).toEqual([
      { name: 'สมศรี ใจดี', erased_at: null },
    ]);
    expect(
      await queryDb(sys, 'gateway', `SELECT id FROM outbox WHERE payload->'data'->>'userId' = $1`, [c.id]),
    ).toEqual([]);
    const producer = await sys.userWithRole('producer', {
      laoCode: LAO.laoCode,
      producerId: (await createProducer(sys, admin)).id,
    });
    await erase(producer.token, { password: 'password-1234' }).expect(403);
  });

  it('erases me: the login at once, then addresses, slip images and review texts in every service, once; figures stay', async () => {
    const c = await consumerWithHistory();
    const before = (await sys.http().get(`/api/v1/orders/${c.order.orderId}`).set(bearer(admin)).expect(200)).body;
    const res = await erase(c.token, { password: 'my-password-1' }).expect(200);
    expect(res.body.erasedAt).toEqual(expect.any(String));

    // the login: anonymised, signed out, no way back in
    const [user] = await queryDb(sys, 'gateway', `SELECT name, phone, email, erased_at FROM users WHERE id = $1`, [
      c.id,
    ]);
    expect(user).toMatchObject({ phone: null, email: `erased-${c.id}@erased.invalid` });
    expect(user.name).not.toContain('สมศรี');
    await sys.http().get('/api/v1/me/personal-data').set(bearer(c.token)).expect(401);
    await sys.http().post('/api/v1/auth/login').send({ login: c.phone, password: 'my-password-1' }).expect(401);

    // the services, from the event
    await eventually(async () => {
      const [o] = await queryDb(sys, 'order', `SELECT fulfilment FROM orders WHERE id = $1`, [c.order.orderId]);
      expect(o.fulfilment).toEqual({
        type: 'delivery',
        address: { districtCode: LAO.districtCode, provinceCode: LAO.provinceCode },
      });
      expect(
        await queryDb(sys, 'order', `SELECT length(image) AS n FROM payment_slips WHERE consumer_id = $1`, [c.id]),
      ).toEqual([{ n: 0 }]);
      expect(await queryDb(sys, 'catalog', `SELECT rating, text FROM reviews WHERE consumer_id = $1`, [c.id])).toEqual([
        { rating: 5, text: '' },
      ]);
    });
    const [event] = await queryDb(
      sys,
      'gateway',
      `SELECT id FROM outbox WHERE type = 'identity.consumer_erased' AND payload->'data'->>'userId' = $1`,
      [c.id],
    );
    for (const app of ['order', 'catalog', 'harvest-preorder'] as const) {
      await eventually(async () =>
        expect(await queryDb(sys, app, `SELECT consumer FROM inbox WHERE event_id = $1`, [event.id])).toHaveLength(1),
      );
    }
    // the figures: money, quantities, status and area unchanged
    const after = (await sys.http().get(`/api/v1/orders/${c.order.orderId}`).set(bearer(admin)).expect(200)).body;
    for (const k of [
      'status',
      'quantity',
      'totalSatang',
      'paidSatang',
      'laoCode',
      'districtCode',
      'provinceCode',
      'consumerId',
      'fulfilment',
    ])
      expect(after[k]).toEqual(before[k]);
  });
});
