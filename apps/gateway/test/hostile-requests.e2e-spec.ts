import { TestSystem } from '@app/testing';
import { createProducer, DOK_KHAMTAI, producerBody } from '../../catalog/test/catalog-fixtures.js';

/** Request bodies a fuzzer or a careless client sends: a 4xx naming what is wrong, never a 500. */
describe('gateway: hostile request bodies', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  const json = (path: string, body: string, method: 'post' | 'patch' = 'post') =>
    sys.http()[method](path).set('authorization', `Bearer ${admin}`).set('content-type', 'application/json').send(body);

  it.each([
    ['an array', 10_000, (n: number) => `{"login":${'['.repeat(n)}${']'.repeat(n)},"password":"x"}`],
    ['an object', 10_000, (n: number) => `{"login":"a@b.c","password":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`],
    [
      'arrays just past the limit',
      33,
      (n: number) => `{"login":${'['.repeat(n - 1)}${']'.repeat(n - 1)},"password":"x"}`,
    ],
  ])('refuses a login body of %s nested %i levels: 400 INVALID_JSON naming the body', async (_what, depth, body) => {
    const res = await sys.http().post('/api/v1/auth/login').set('content-type', 'application/json').send(body(depth));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_JSON', fields: [{ field: '(body)' }] });
  });

  it('still takes nesting within the limit, and braces inside strings do not count', async () => {
    const res = await sys
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(`{"login":"${'[{'.repeat(100)}","password":"x"}`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
    const nested = await sys
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(`{"login":${'['.repeat(30)}${']'.repeat(30)},"password":"x"}`);
    expect(nested.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([expect.objectContaining({ field: 'login' })]),
    });
    await sys
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'admin@test.local', password: 'admin-password-1' })
      .expect(200);
  });

  it('refuses an array of thousands of items before any DTO is built, and media items that are not objects', async () => {
    const many = await json(
      '/api/v1/auth/login',
      JSON.stringify({ login: 'a@b.c', password: 'x', junk: Array.from({ length: 100_000 }, () => 0) }),
    );
    expect(many.status).toBe(400);
    expect(many.body).toMatchObject({ code: 'INVALID_JSON', fields: [{ field: '(body)' }] });
    const producer = await createProducer(sys, admin);
    const product = await json(
      '/api/v1/products',
      JSON.stringify({
        producerId: producer.id,
        name: 'มะม่วง',
        category: 'fruit',
        unit: 'kg',
        priceSatang: 100,
        media: [[]],
      }),
    );
    expect(product.status).toBe(400);
    expect(product.body.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^media/) })]),
    );
  });

  it('refuses a form body on a JSON route, naming the content type', async () => {
    const res = await sys
      .http()
      .post('/api/v1/auth/login')
      .type('form')
      .send('login=admin%40test.local&password=admin-password-1');
    expect([400, 415]).toContain(res.status);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'content-type' })]);
  });

  it.each([['null'], ['[]'], ['"text"'], ['42']])(
    'refuses the JSON body %s on PATCH and POST: 400 naming the body',
    async (body) => {
      const producer = await createProducer(
        sys,
        admin,
        producerBody(DOK_KHAMTAI, {
          kind: 'community_enterprise',
          name: `วิสาหกิจทดสอบ ${body}`,
          memberCount: 12,
          contacts: { phone: '0812345678' },
        }),
      );
      for (const res of [
        await json(`/api/v1/producers/${producer.id}`, body, 'patch'),
        await json('/api/v1/auth/login', body),
      ]) {
        expect(res.status).toBe(400);
        expect(res.body.fields).toEqual([expect.objectContaining({ field: '(body)' })]);
      }
    },
  );
});
