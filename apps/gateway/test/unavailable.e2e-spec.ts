import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { apiDocument, inlineRefs, TestSystem } from '@app/testing';
import { batchBody, consumerToken, givenProduct, producerToken } from '../../harvest-preorder/test/support.js';

/**
 * A dependency down is a 503 SERVICE_UNAVAILABLE with Retry-After and `retrySafe`, at once — never a 500
 * (kept for bugs), never the full RPC timeout.
 */
describe('gateway: a service or database down', () => {
  let sys: TestSystem;
  let admin: pg.Client;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'harvest-preorder', 'order'] });
    admin = new pg.Client({ connectionString: sys.env.DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await sys?.close();
  });

  const timed = async <T>(f: () => PromiseLike<T>): Promise<[T, number]> => {
    const t = Date.now();
    const r = await f();
    return [r, Date.now() - t];
  };

  /** GET `path` answers 503 SERVICE_UNAVAILABLE, safe to retry, with a Retry-After, in less than `withinMs`. */
  async function expectUnavailable(path: string, withinMs: number): Promise<void> {
    const [res, ms] = await timed(() => sys.http().get(path));
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retrySafe: true });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(ms).toBeLessThan(withinMs);
  }

  /** New connections refused and the open ones ended, as when PostgreSQL goes away under a running service. */
  async function cutDatabase(app: 'catalog' | 'gateway', on: boolean): Promise<void> {
    const db = new URL(sys.databaseUrl(app)).pathname.slice(1);
    await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS ${on ? 'false' : 'true'}`);
    if (on)
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [db],
      );
  }

  it("answers 503 with Retry-After, not 500, when a service's database is unreachable", async () => {
    await sys.http().get('/api/v1/products').expect(200);
    await cutDatabase('catalog', true);
    try {
      await expectUnavailable('/api/v1/products', 5000);
    } finally {
      await cutDatabase('catalog', false);
    }
    await sys.http().get('/api/v1/products').expect(200);
  });

  it("answers 503, not 500, when the gateway's own database is unreachable", async () => {
    const consumer = consumerToken(sys);
    await sys.flushMintedUsers();
    await cutDatabase('gateway', true);
    try {
      const res = await sys.http().get('/api/v1/auth/me').set('authorization', `Bearer ${consumer.token}`);
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await cutDatabase('gateway', false);
    }
  });

  it('answers 503 at once with Retry-After while a service is stopped, saying which retries are safe', async () => {
    const product = await givenProduct(sys);
    const farmer = producerToken(sys, product);
    await sys.stopApp('harvest-preorder');
    try {
      await expectUnavailable('/api/v1/batches', 1000);

      const reserve = (key?: string) => {
        const r = sys
          .http()
          .post(`/api/v1/batches/${randomUUID()}/reservations`)
          .set('authorization', `Bearer ${consumerToken(sys).token}`);
        if (key) r.set('idempotency-key', key);
        return r.send({
          quantity: 1,
          fulfilment: {
            type: 'delivery',
            address: { line1: '1', districtCode: '5605', provinceCode: '56', postalCode: '56120', phone: '0812345678' },
          },
        });
      };
      const [keyed, keyedMs] = await timed(() => reserve(randomUUID()));
      expect(keyed.status).toBe(503);
      expect(keyed.body.retrySafe).toBe(true);
      expect(keyedMs).toBeLessThan(1000);

      const created = await sys
        .http()
        .post('/api/v1/batches')
        .set('authorization', `Bearer ${farmer}`)
        .send(batchBody(product));
      expect(created.status).toBe(503);
      expect(created.body.retrySafe).toBe(false);
    } finally {
      await sys.startApp('harvest-preorder');
    }
    await sys.http().get('/api/v1/batches').expect(200);
  });

  it('documents retrySafe in the error schema', async () => {
    const doc = inlineRefs(await apiDocument(sys));
    const op = doc.paths['/api/v1/batches/{id}/reservations'].post;
    expect(op.responses['503'].content['application/json'].schema.properties.retrySafe).toMatchObject({
      type: 'boolean',
    });
  });
});
