import { randomUUID } from 'node:crypto';
import { CatalogSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import { bearer, DOK_KHAMTAI, producerBody, queryDb, randomPhone } from '../../catalog/test/catalog-fixtures.js';

/**
 * POST /producers with an account spans two databases. These tests make the catalog answer late: it is
 * stopped, the test receives the register command itself, does what it needs (look at the gateway's users,
 * take the phone) and then starts the catalog and hands it the same command, whose reply the gateway never
 * hears, as when the catalog commits after the gateway stopped waiting.
 */
describe('producer onboarding with a login (gateway ⇄ catalog)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'], env: { RPC_TIMEOUT_MS: '5000' } });
  let laoAdmin: string;

  beforeAll(async () => {
    laoAdmin = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
  });

  const usersWithPhone = (phone: string) =>
    queryDb<{ id: string; producer_id: string }>(sys, 'gateway', 'SELECT id, producer_id FROM users WHERE phone = $1', [
      phone,
    ]);
  const producersNamed = (name: string) =>
    queryDb<{ id: string }>(sys, 'catalog', 'SELECT id FROM producers WHERE name = $1', [name]);
  /** POST /producers as `token` under an Idempotency-Key. */
  const postProducer = (token: string, key: string, body: object) =>
    sys.http().post('/api/v1/producers').set(bearer(token)).set('idempotency-key', key).send(body);
  const eventsOf = (producerId: string) =>
    queryDb<{ type: string; published: boolean }>(
      sys,
      'catalog',
      `SELECT type, published_at IS NOT NULL AS published FROM outbox WHERE payload->'data'->>'producerId' = $1 ORDER BY seq`,
      [producerId],
    );

  /** Runs `request` while the catalog is down; the register command goes to `onRegister`, then to a fresh catalog. */
  async function withLateCatalog<T>(
    onRegister: (envelope: RpcEnvelope<{ id: string }>) => Promise<void>,
    request: () => Promise<T>,
  ): Promise<{ result: T; envelope: RpcEnvelope<{ id: string }> }> {
    await sys.stopApp('catalog');
    let catalogUp = false;
    let received: Promise<RpcEnvelope<{ id: string }>> | undefined;
    const nc = await sys.connectNats();
    nc.subscribe(CatalogSubjects.registerProducer, {
      max: 1,
      callback: (_err, msg) => {
        received = (async () => {
          const envelope = msg.json<{ data: RpcEnvelope<{ id: string }> }>().data;
          await onRegister(envelope);
          await sys.startApp('catalog');
          catalogUp = true;
          await sys.rpc(CatalogSubjects.registerProducer, envelope.data, envelope.caller);
          return envelope;
        })();
      },
    });
    await nc.flush();
    try {
      const result = await request();
      expect(received).toBeDefined();
      return { result, envelope: await received! };
    } finally {
      await received?.catch(() => undefined);
      await nc.close();
      if (!catalogUp) await sys.startApp('catalog');
    }
  }

  it('creates the login only after the catalog registered the producer, and asks the catalog after a timeout', async () => {
    const phone = randomPhone();
    const body = { ...producerBody(), account: { phone, password: 'farmer-pass-1' } };
    const loginsWhenAsked: number[] = [];
    const { result: res, envelope } = await withLateCatalog(
      async () => void loginsWhenAsked.push((await usersWithPhone(phone)).length),
      () => sys.http().post('/api/v1/producers').set(bearer(laoAdmin)).send(body),
    );
    expect(loginsWhenAsked).toEqual([0]); // no token can exist for a producer the catalog may still refuse
    expect([res.status, res.body.id]).toEqual([201, envelope.data.id]);
    expect(await usersWithPhone(phone)).toEqual([{ id: res.body.userId, producer_id: res.body.id }]);
    expect(await producersNamed(body.name)).toEqual([{ id: res.body.id }]);
    await sys.login(phone, 'farmer-pass-1');
  });

  it('withdraws the producer when the phone is taken meanwhile (a verified sign-up): 409 naming account.phone, registered followed by withdrawn', async () => {
    const phone = randomPhone();
    const body = { ...producerBody(), account: { phone, password: 'farmer-pass-1' } };
    const { result: res, envelope } = await withLateCatalog(
      async () => void (await sys.registerConsumer({ name: 'เร็วกว่า', phone, password: 'someone-else-1' })),
      () => sys.http().post('/api/v1/producers').set(bearer(laoAdmin)).send(body),
    );
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'DUPLICATE', fields: [{ field: 'account.phone' }] });
    expect(await producersNamed(body.name)).toEqual([]);
    expect((await usersWithPhone(phone)).map((u) => u.producer_id)).toEqual([null]);
    await eventually(async () =>
      expect(await eventsOf(envelope.data.id)).toEqual([
        { type: 'catalog.producer.registered', published: true },
        { type: 'catalog.producer.membership-approved', published: true }, // registered by an administrator: its members are approved
        { type: 'catalog.producer.withdrawn', published: true },
      ]),
    );
  });

  it('answers a retry with the same Idempotency-Key with the same producer and login, not a second one', async () => {
    const key = randomUUID();
    const phone = randomPhone();
    const body = { ...producerBody(), account: { phone, password: 'farmer-pass-1' } };
    const first = await postProducer(laoAdmin, key, body).expect(201);
    const retry = await postProducer(laoAdmin, key, body).expect(201);
    expect([retry.body.id, retry.body.userId]).toEqual([first.body.id, first.body.userId]);
    expect(await producersNamed(body.name)).toEqual([{ id: first.body.id }]);
    expect(await usersWithPhone(phone)).toHaveLength(1);
    // once: registered, its members approved (an administrator registered it), its login linked (updated)
    expect((await eventsOf(first.body.id)).map((e) => e.type)).toEqual([
      'catalog.producer.registered',
      'catalog.producer.membership-approved',
      'catalog.producer.updated',
    ]);

    // without an account too; and the key belongs to its caller: another admin's same key is another producer
    const plain = { ...producerBody() };
    const a = await postProducer(laoAdmin, key + '-plain', plain).expect(201);
    const b = await postProducer(laoAdmin, key + '-plain', plain).expect(201);
    expect(b.body.id).toBe(a.body.id);
    const colleague = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
    const c = await postProducer(colleague, key + '-plain', plain).expect(201);
    expect(c.body.id).not.toBe(a.body.id);
  });

  it("refuses a staff login's phone before touching the catalog (a consumer's is linked after a code: registration.e2e-spec), and names a malformed Idempotency-Key", async () => {
    const taken = await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI });
    const body = { ...producerBody(), account: { phone: taken.phone, password: 'farmer-pass-1' } };
    const dup = await sys.http().post('/api/v1/producers').set(bearer(laoAdmin)).send(body).expect(409);
    expect(dup.body).toMatchObject({ code: 'DUPLICATE', fields: [{ field: 'account.phone' }] });
    expect(await producersNamed(body.name)).toEqual([]);
    const bad = await postProducer(laoAdmin, 'x'.repeat(300), producerBody()).expect(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });
});
