import { expectPathsDocumented, purchaseForPickup, reserveForPickup, TestSystem } from '@app/testing';
import { givenBatch } from '../../harvest-preorder/test/support.js';
import {
  BAN_THAM,
  bearer,
  DOK_KHAMTAI,
  randomPhone as phone,
  producerBody,
  queryDb,
} from '../../catalog/test/catalog-fixtures.js';

/**
 * Issue 13 point 5: a consumer's phone is verified with a one-time SMS code before it can reserve or
 * purchase. The suite's gateway trusts X-Forwarded-For, so each test counts against its own address, and
 * keeps the real per-phone throttle (one SMS a minute, 3 an hour here) and a small per-address one.
 */
describe('registration with a phone verified by SMS code', () => {
  const sys = TestSystem.forSuite({
    services: ['catalog', 'harvest-preorder', 'order'],
    env: {
      TRUST_PROXY: 'true',
      SMS_MIN_GAP_SECONDS: '60',
      SMS_MAX_PER_PHONE: '3',
      SMS_MAX_PER_IP: '6',
      SMS_THROTTLE_WINDOW_SECONDS: '3600',
    },
  });
  let n = 0;
  const ip = () => `198.51.100.${++n}`;

  const post = (path: string, body: object, from: string) =>
    sys.http().post(`/api/v1${path}`).set('x-forwarded-for', from).send(body);
  const gateway = (sql: string, params: unknown[] = []) => queryDb<Record<string, any>>(sys, 'gateway', sql, params);
  /** the register call, then the code sent by it */
  async function register(body: { name: string; phone: string; password: string }, from: string) {
    const after = (await sys.smsLog()).length;
    const res = await post('/auth/register', body, from);
    return { res, after };
  }
  /** a minute passes for this phone's SMS gap (instead of waiting it out) */
  const gapPasses = (p: string) => gateway(`DELETE FROM sms_throttle WHERE key = $1`, [`sms-gap:${p}`]);

  it('an unverified consumer may sign in but reserving and purchasing answer 403 PHONE_NOT_VERIFIED until the code is entered', async () => {
    const from = ip();
    const batch = await givenBatch(sys);

    const p = phone();
    const { res, after } = await register({ name: 'สมใจ', phone: p, password: 'secret-pass-1' }, from);
    expect([res.status, res.body]).toEqual([202, { verification: 'sms' }]);
    const signIn = await post('/auth/login', { login: p, password: 'secret-pass-1' }, from).expect(200);
    expect(signIn.body.user).toMatchObject({ phone: p, phoneVerified: false, roles: ['consumer'] });
    const unverified = signIn.body.accessToken as string;

    const reserve = (token: string) => reserveForPickup(sys, batch.id, token, 1, batch.pickupPointId);
    const refused = await reserve(unverified).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: 'PHONE_NOT_VERIFIED' });
    const purchase = await purchaseForPickup(sys, batch.id, unverified, 1, batch.pickupPointId).expect(403);
    expect(purchase.body.code).toBe('PHONE_NOT_VERIFIED');
    await sys.http().get('/api/v1/auth/me').set(bearer(unverified)).expect(200); // it may look

    const verified = await post('/auth/verify-phone', { phone: p, code: await sys.codeSentTo(p, after) }, from).expect(
      200,
    );
    expect(verified.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: expect.any(Number),
      user: expect.objectContaining({ phone: p, phoneVerified: true }),
    });
    await reserve(verified.body.accessToken).expect(201);
    const again = await post('/auth/login', { login: p, password: 'secret-pass-1' }, from).expect(200);
    expect(again.body.user.phoneVerified).toBe(true);
  });

  it('answers a taken phone exactly as a new one, tells its owner by SMS, and changes nothing of the account', async () => {
    const owner = await sys.registerConsumer({ name: 'เจ้าของ', password: 'owner-pass-1', ip: ip() });
    await gapPasses(owner.phone);
    const fresh = phone();
    const from = ip();
    const t0 = performance.now();
    const taken = await register({ name: 'คนอื่น', phone: owner.phone, password: 'stranger-pass-1' }, from);
    const tTaken = performance.now() - t0;
    const t1 = performance.now();
    const other = await register({ name: 'คนใหม่', phone: fresh, password: 'fresh-pass-1' }, from);
    const tNew = performance.now() - t1;
    expect([taken.res.status, taken.res.body]).toEqual([other.res.status, other.res.body]);
    expect(Object.keys(taken.res.headers).sort()).toEqual(Object.keys(other.res.headers).sort());
    console.log(`register: taken phone ${tTaken.toFixed(0)} ms, new phone ${tNew.toFixed(0)} ms`);

    const toOwner = (await sys.smsLog()).slice(taken.after).filter((m) => m.to === owner.phone);
    expect(toOwner).toEqual([
      { to: owner.phone, text: expect.stringContaining('มีผู้พยายามสมัครสมาชิกด้วยเบอร์นี้'), sentAt: expect.any(String) },
    ]);
    expect(toOwner[0].text).not.toMatch(/\d{6}/);
    await post('/auth/login', { login: owner.phone, password: 'stranger-pass-1' }, from).expect(401);
    await post('/auth/login', { login: owner.phone, password: 'owner-pass-1' }, from).expect(200);
    // guessing a code for the taken phone behaves as for a new one: wrong, then locked
    const codes = ['000000', '111111', '222222', '333333', '444444'].map((code) =>
      post('/auth/verify-phone', { phone: owner.phone, code }, from).then((r) => r.body.code),
    );
    expect(await Promise.all(codes)).toEqual(expect.arrayContaining(['CODE_LOCKED']));
    expect(
      await gateway(`SELECT name, phone_verified_at IS NOT NULL AS verified FROM users WHERE phone = $1`, [
        owner.phone,
      ]),
    ).toEqual([{ name: 'เจ้าของ', verified: true }]);
  });

  it('locks a code after 5 wrong tries (even the right one is refused then); a new code works', async () => {
    const from = ip();
    const p = phone();
    const { after } = await register({ name: 'ลองผิด', phone: p, password: 'secret-pass-1' }, from);
    const code = await sys.codeSentTo(p, after);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await post('/auth/verify-phone', { phone: p, code: wrong }, from).expect(400)).body);
    expect(answers.map((a) => a.code)).toEqual([
      'CODE_INCORRECT',
      'CODE_INCORRECT',
      'CODE_INCORRECT',
      'CODE_INCORRECT',
      'CODE_LOCKED',
    ]);
    expect(answers[0]).toMatchObject({ message: 'Wrong code; 4 tries left', fields: [{ field: 'code' }] });
    expect((await post('/auth/verify-phone', { phone: p, code }, from).expect(400)).body.code).toBe('CODE_LOCKED');

    await gapPasses(p);
    const before = (await sys.smsLog()).length;
    expect((await post('/auth/verify-phone/resend', { phone: p }, from).expect(202)).body).toEqual({
      verification: 'sms',
    });
    const fresh = await sys.codeSentTo(p, before);
    await post('/auth/verify-phone', { phone: p, code: fresh }, from).expect(200);
  });

  it('counts parallel wrong tries: no more than 5 reach the comparison', async () => {
    const from = ip();
    const p = phone();
    const { after } = await register({ name: 'พร้อมกัน', phone: p, password: 'secret-pass-1' }, from);
    const code = await sys.codeSentTo(p, after);
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(
      guesses.map((c) => post('/auth/verify-phone', { phone: p, code: c }, from).then((r) => r.body.code)),
    );
    expect(answers.filter((a) => a === 'CODE_INCORRECT')).toHaveLength(4);
    expect(answers.filter((a) => a === 'CODE_LOCKED')).toHaveLength(8);
    expect((await post('/auth/verify-phone', { phone: p, code }, from).expect(400)).body.code).toBe('CODE_LOCKED');
  });

  it('refuses an expired code (10 minutes), and stores codes only as keyed hashes', async () => {
    const from = ip();
    const p = phone();
    const { after } = await register({ name: 'ช้าไป', phone: p, password: 'secret-pass-1' }, from);
    const code = await sys.codeSentTo(p, after);
    const [row] = await gateway(
      `SELECT code_hash, extract(epoch FROM expires_at - sent_at)::int AS ttl FROM phone_codes WHERE phone = $1 AND purpose = 'register'`,
      [p],
    );
    expect(row.ttl).toBe(600);
    expect(row.code_hash).not.toContain(code);
    expect(row.code_hash).toMatch(/^[A-Za-z0-9_-]{43}$/); // HMAC-SHA256, base64url
    const dump = JSON.stringify(await gateway(`SELECT * FROM phone_codes`));
    expect(dump).not.toContain(code);

    await gateway(`UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [p]); // ten minutes pass
    const expired = await post('/auth/verify-phone', { phone: p, code }, from).expect(400);
    expect(expired.body).toMatchObject({ code: 'CODE_EXPIRED', fields: [{ field: 'code' }] });
    expect(
      (await gateway(`SELECT phone_verified_at FROM users WHERE phone = $1`, [p]))[0].phone_verified_at,
    ).toBeNull();
  });

  it('throttles SMS per phone (one a minute, a few an hour) and per address, in PostgreSQL shared by every replica, pruning past windows', async () => {
    const from = ip();
    const p = phone();
    await register({ name: 'ก', phone: p, password: 'secret-pass-1' }, from).then(({ res }) =>
      expect(res.status).toBe(202),
    );
    const firstReplica = sys.url;
    await sys.startApp('gateway'); // a second replica: the counts are shared
    expect(sys.url).not.toBe(firstReplica);
    const gap = await post('/auth/verify-phone/resend', { phone: p }, ip()).expect(429);
    expect(gap.body.code).toBe('RATE_LIMITED');
    expect(Number(gap.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(gap.headers['retry-after'])).toBeLessThanOrEqual(60);
    await post('/auth/register', { name: 'ก', phone: p, password: 'secret-pass-1' }, ip()).expect(429);
    for (let i = 0; i < 2; i++) {
      await gapPasses(p);
      await post('/auth/verify-phone/resend', { phone: p }, ip()).expect(202);
    }
    await gapPasses(p);
    await post('/auth/verify-phone/resend', { phone: p }, ip()).expect(429); // 4th SMS to the phone in the hour

    // per address: 6 registrations or code requests an hour, whatever the phones
    const crowd = ip();
    for (let i = 0; i < 6; i++)
      await post('/auth/register', { name: 'ข', phone: phone(), password: 'secret-pass-1' }, crowd).expect(202);
    await post('/auth/register', { name: 'ข', phone: phone(), password: 'secret-pass-1' }, crowd).expect(429);
    await post('/auth/verify-phone/resend', { phone: phone() }, crowd).expect(429);
    await post('/auth/register', { name: 'ค', phone: phone(), password: 'secret-pass-1' }, ip()).expect(202);

    // bounded: windows that ended are deleted
    await gateway(
      `UPDATE sms_throttle SET window_ends_at = now() - interval '1 second' WHERE key LIKE 'sms-ip:198.51.100.%'`,
    );
    await post('/auth/register', { name: 'ง', phone: phone(), password: 'secret-pass-1' }, ip()).expect(202);
    expect(await gateway(`SELECT count(*)::int AS n FROM sms_throttle WHERE window_ends_at < now()`)).toEqual([
      { n: 0 },
    ]);
    await post('/auth/register', { name: 'ข', phone: phone(), password: 'secret-pass-1' }, crowd).expect(202); // its window ended
  });

  it("does not let a stranger who registers a producer's phone first get the producer account", async () => {
    const laoAdmin = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
    const published = phone();
    const from = ip();
    const { after } = await register({ name: 'คนแปลกหน้า', phone: published, password: 'stranger-pass-1' }, from);
    const strangerToken = (
      await post('/auth/login', { login: published, password: 'stranger-pass-1' }, from).expect(200)
    ).body.accessToken;
    const strangersCode = await sys.codeSentTo(published, after); // went to the farmer's phone; suppose the stranger saw it later

    const body = {
      ...producerBody(DOK_KHAMTAI, { contacts: { phone: published }, publishContacts: true }),
      account: { phone: published, password: 'farmer-pass-1' },
    };
    const onboarded = await sys.http().post('/api/v1/producers').set(bearer(laoAdmin)).send(body).expect(201);
    expect(onboarded.body.userId).toEqual(expect.any(String));

    const farmer = await post('/auth/login', { login: published, password: 'farmer-pass-1' }, from).expect(200);
    expect(farmer.body.user).toMatchObject({
      id: onboarded.body.userId,
      roles: ['producer'],
      producerId: onboarded.body.id,
      phoneVerified: true,
    });
    await post('/auth/login', { login: published, password: 'stranger-pass-1' }, from).expect(401);
    await sys.http().get('/api/v1/auth/me').set(bearer(strangerToken)).expect(401);
    expect(
      (await post('/auth/verify-phone', { phone: published, code: strangersCode }, from).expect(400)).body.code,
    ).toBe('CODE_INCORRECT');
    expect(await gateway(`SELECT role FROM users WHERE phone = $1`, [published])).toEqual([{ role: 'producer' }]);
  });

  it("links the farmer's existing verified login to the producer after the code sent at onboarding, and nobody else's", async () => {
    const laoAdmin = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
    const elsewhereAdmin = (await sys.userWithRole('lao_admin', { laoCode: BAN_THAM })).token;
    const farmerPhone = phone();
    const from = ip();
    const signUp = await register({ name: 'ลุงมา', phone: farmerPhone, password: 'farmer-own-pass' }, from);
    await post(
      '/auth/verify-phone',
      { phone: farmerPhone, code: await sys.codeSentTo(farmerPhone, signUp.after) },
      from,
    ).expect(200);
    const shopperToken = (
      await post('/auth/login', { login: farmerPhone, password: 'farmer-own-pass' }, from).expect(200)
    ).body.accessToken;

    // before: onboarding a phone that has a login answered 409 and the farmer could never sell
    await gapPasses(farmerPhone);
    const before = (await sys.smsLog()).length;
    const body = { ...producerBody(DOK_KHAMTAI), account: { phone: farmerPhone, password: 'ignored-pass-1' } };
    const onboarded = await sys.http().post('/api/v1/producers').set(bearer(laoAdmin)).send(body).expect(201);
    expect(onboarded.body).toMatchObject({ accountLink: 'code_sent' });
    expect(onboarded.body.userId).toBeUndefined();
    const code = await sys.codeSentTo(farmerPhone, before);
    const link = (token: string, b: object, id = onboarded.body.id) =>
      sys.http().post(`/api/v1/producers/${id}/account-link`).set(bearer(token)).send(b);

    await link(elsewhereAdmin, { phone: farmerPhone, code }).expect(403); // another LAO's staff
    expect(
      (await link(laoAdmin, { phone: farmerPhone, code: code === '000000' ? '111111' : '000000' }).expect(400)).body
        .code,
    ).toBe('CODE_INCORRECT');
    expect((await link(laoAdmin, { phone: farmerPhone }).expect(400)).body.fields).toContainEqual(
      expect.objectContaining({ field: 'code' }),
    );
    await link(laoAdmin, { phone: farmerPhone, code }, 'not-a-uuid').expect(400);
    const other = await sys
      .http()
      .post('/api/v1/producers')
      .set(bearer(laoAdmin))
      .send(producerBody(DOK_KHAMTAI))
      .expect(201);
    expect((await link(laoAdmin, { phone: farmerPhone, code }, other.body.id).expect(400)).body.code).toBe(
      'CODE_INCORRECT',
    ); // a code for another producer

    const linked = await link(laoAdmin, { phone: farmerPhone, code }).expect(200);
    const farmer = await post('/auth/login', { login: farmerPhone, password: 'farmer-own-pass' }, from).expect(200);
    expect(farmer.body.user).toMatchObject({
      id: linked.body.userId,
      roles: ['producer'],
      producerId: onboarded.body.id,
    });
    await sys.http().get('/api/v1/auth/me').set(bearer(shopperToken)).expect(401); // the consumer's tokens are revoked
    await link(laoAdmin, { phone: farmerPhone, code }).expect(400); // a code is spent once
    // the farmer's login is now a producer's: onboarding it again elsewhere is refused
    const again = await sys
      .http()
      .post('/api/v1/producers')
      .set(bearer(laoAdmin))
      .send({ ...producerBody(DOK_KHAMTAI), account: { phone: farmerPhone, password: 'ignored-pass-1' } });
    expect([again.status, again.body.fields]).toEqual([409, [expect.objectContaining({ field: 'account.phone' })]]);
  });

  it('refuses malformed bodies with 400 naming the field', async () => {
    const from = ip();
    const cases: Array<[string, object, string]> = [
      ['/auth/verify-phone', { phone: phone() }, 'code'],
      ['/auth/verify-phone', { phone: phone(), code: '12345' }, 'code'],
      ['/auth/verify-phone', { phone: phone(), code: 123456 }, 'code'],
      ['/auth/verify-phone', { phone: 'not-a-phone', code: '123456' }, 'phone'],
      ['/auth/verify-phone', { code: '123456' }, 'phone'],
      ['/auth/verify-phone/resend', {}, 'phone'],
      ['/auth/verify-phone/resend', { phone: phone(), extra: 1 }, 'extra'],
      ['/auth/register', { name: 'x', phone: '12', password: 'secret-pass-1' }, 'phone'],
    ];
    for (const [path, body, field] of cases) {
      const res = await post(path, body, from).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(res.body.fields).toContainEqual(expect.objectContaining({ field }));
    }
    const doc = await expectPathsDocumented(sys, [
      '/api/v1/auth/register',
      '/api/v1/auth/verify-phone',
      '/api/v1/auth/verify-phone/resend',
    ]);
    expect(Object.keys(doc.paths['/api/v1/auth/register'].post.responses)).toContain('202');
  });
});
