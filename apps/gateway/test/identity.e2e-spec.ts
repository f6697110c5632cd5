import { expectPathsDocumented, TestSystem } from '@app/testing';
import { randomPhone as phone } from '../../catalog/test/catalog-fixtures.js';

describe('identity and access', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  it('registers a consumer (phone verified by SMS code, see registration.e2e-spec), logs in by phone or e-mail', async () => {
    const p = phone();
    const reg = await sys.registerConsumer({
      name: 'สมใจ',
      phone: p,
      password: 'secret-pass',
      email: `${p}@Example.com`,
    });
    expect(reg.user).toEqual({
      id: expect.any(String),
      name: 'สมใจ',
      roles: ['consumer'],
      phone: p,
      phoneVerified: true,
      email: `${p}@example.com`,
    });

    const byPhone = await sys
      .http()
      .post('/api/v1/auth/login')
      .send({ login: `+66${p.slice(1)}`, password: 'secret-pass' })
      .expect(200);
    expect(byPhone.body.user).toMatchObject({ id: reg.id, roles: ['consumer'] });
    const byEmail = await sys
      .http()
      .post('/api/v1/auth/login')
      .send({ login: `${p}@EXAMPLE.com`, password: 'secret-pass' })
      .expect(200);

    const me = await sys
      .http()
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${byEmail.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(reg.id);
  });

  it('answers 401 for a wrong password and for a missing or forged token', async () => {
    const p = phone();
    await sys.registerConsumer({ name: 'a', phone: p, password: 'secret-pass' });
    const wrong = await sys.http().post('/api/v1/auth/login').send({ login: p, password: 'nope-nope' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    await sys.http().post('/api/v1/auth/login').send({ login: phone(), password: 'whatever' }).expect(401);
    expect((await sys.http().get('/api/v1/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    await sys.http().get('/api/v1/auth/me').set('authorization', 'Bearer not.a.token').expect(401);
  });

  it('locks one login after repeated failures without locking others behind the same address', async () => {
    const victim = phone();
    const neighbour = phone();
    await sys.registerConsumer({ name: 'v', phone: victim, password: 'right-pass' });
    await sys.registerConsumer({ name: 'n', phone: neighbour, password: 'right-pass' });
    for (let i = 0; i < 5; i++)
      await sys
        .http()
        .post('/api/v1/auth/login')
        .send({ login: victim, password: `guess-${i}` })
        .expect(401);
    const locked = await sys
      .http()
      .post('/api/v1/auth/login')
      .send({ login: victim, password: 'right-pass' })
      .expect(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    await sys.http().post('/api/v1/auth/login').send({ login: neighbour, password: 'right-pass' }).expect(200);
  });

  it('counts parallel guesses: no more than the limit reach the password check', async () => {
    const target = phone();
    await sys.registerConsumer({ name: 't', phone: target, password: 'right-pass' });
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sys
          .http()
          .post('/api/v1/auth/login')
          .set('x-forwarded-for', `203.0.113.${i}`)
          .send({ login: target, password: `guess-${i}` })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('refuses malformed bodies with 400 naming each field, never 500', async () => {
    const missing = await sys.http().post('/api/v1/auth/register').send({ name: 'x' }).expect(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['phone', 'password']),
    );

    const unknown = await sys
      .http()
      .post('/api/v1/auth/register')
      .send({ name: 'x', phone: phone(), password: 'secret-pass', isAdmin: true })
      .expect(400);
    expect(unknown.body.fields).toContainEqual(expect.objectContaining({ field: 'isAdmin' }));

    const wrongType = await sys
      .http()
      .post('/api/v1/auth/register')
      .send({ name: 42, phone: 812345678, password: ['x'] })
      .expect(400);
    expect(wrongType.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['name', 'phone', 'password']),
    );

    const badJson = await sys
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"login": ')
      .expect(400);
    expect(badJson.body.code).toBe('INVALID_JSON');

    const notObject = await sys.http().post('/api/v1/auth/login').send([1, 2]).expect(400);
    expect(notObject.body.statusCode).toBe(400);

    await sys.http().get('/api/v1/no-such-route').expect(404);

    const nul = await sys
      .http()
      .post('/api/v1/auth/register')
      .send({ name: 'a\u0000b', phone: phone(), password: 'secret-pass' })
      .expect(400);
    expect(nul.body.fields).toEqual([expect.objectContaining({ field: 'name' })]);
    const surrogate = await sys
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'x\ud800y', password: 'secret-pass' })
      .expect(400);
    expect(surrogate.body.fields).toEqual([expect.objectContaining({ field: 'login' })]);
    const inQuery = await sys.http().get('/api/v1/laos').query({ q: 'a\u0000' }).expect(400);
    expect(inQuery.body.fields).toEqual([expect.objectContaining({ field: 'q' })]);
  });

  it('lets each admin create only the logins of its scope', async () => {
    /** POST /admin/users as `token`: a login with a fresh phone. */
    const createUser = (
      token: string,
      login: { name: string; role: string; laoCode?: string; provinceCode?: string },
    ) =>
      sys
        .http()
        .post('/api/v1/admin/users')
        .set('authorization', `Bearer ${token}`)
        .send({ phone: phone(), password: 'password-1', ...login });
    const prov = await createUser(admin, { name: 'สถ.จ. พะเยา', role: 'province_admin', provinceCode: '56' }).expect(
      201,
    );
    expect(prov.body).toMatchObject({ roles: ['province_admin'], provinceCode: '56' });

    const provinceAdmin = await sys.userWithRole('province_admin', { provinceCode: '56' });
    await createUser(provinceAdmin.token, { name: 'อปท.', role: 'lao_admin', laoCode: '4560501' }).expect(201);
    const otherProvince = await createUser(provinceAdmin.token, {
      name: 'x',
      role: 'lao_admin',
      laoCode: '3500101',
    }).expect(403);
    expect(otherProvince.body.code).toBe('FORBIDDEN');
    await createUser(provinceAdmin.token, { name: 'x', role: 'dla_admin' }).expect(403);

    const unknownLao = await createUser(provinceAdmin.token, {
      name: 'x',
      role: 'lao_admin',
      laoCode: '4569999',
    }).expect(404);
    expect(unknownLao.body.fields).toEqual([expect.objectContaining({ field: 'laoCode' })]);

    const consumer = await sys.userWithRole('consumer');
    const forbidden = await createUser(consumer.token, { name: 'x', role: 'producer', laoCode: '4560501' }).expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
  });

  it('serves the OpenAPI document', async () => {
    await expectPathsDocumented(sys, ['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/provinces', '/health']);
    await sys
      .http()
      .get('/api/docs')
      .expect((r) => expect([200, 301, 302]).toContain(r.status));
  });
});
