import { randomUUID } from 'node:crypto';
import { eventually, TestSystem } from '@app/testing';
import { queryDb, randomPhone } from '../../catalog/test/catalog-fixtures.js';
import { hashPassword } from '../src/identity/passwords.js';

/** The rule is in login-throttle.ts and the README ("Identity and access"). */
describe('login throttle: a delay per (login, address), a soft cap per login, pruned and bounded', () => {
  const sys = TestSystem.forSuite({
    services: [],
    // addresses chosen per request through X-Forwarded-For (a trusted proxy in front, as in production)
    env: {
      TRUST_PROXY: 'true',
      LOGIN_DELAY_BASE_SECONDS: '1',
      LOGIN_MAX_FAILURES_PER_LOGIN: '8',
      LOGIN_THROTTLE_PRUNE_INTERVAL_MS: '0',
      LOGIN_THROTTLE_MAX_ROWS: '100',
    },
  });

  const db = (sql: string, params: unknown[] = []) => queryDb<Record<string, any>>(sys, 'gateway', sql, params);
  /** A producer's login, written directly (registration is tested elsewhere). */
  async function producer(): Promise<string> {
    const phone = randomPhone();
    await db(
      `INSERT INTO users (id, name, phone, password_hash, role, lao_code, province_code, producer_id) VALUES ($1, 'ลุงมา', $2, $3, 'producer', '4560501', '56', $4)`,
      [randomUUID(), phone, await hashPassword('right-pass'), randomUUID()],
    );
    return phone;
  }
  const attempt = (login: string, password: string, from: string) =>
    sys.http().post('/api/v1/auth/login').set('x-forwarded-for', from).send({ login, password });
  let n = 0;
  const address = () => `198.51.${Math.floor(++n / 250)}.${n % 250}`;

  it('random logins cannot grow the table: a login that belongs to no one counts only against the address', async () => {
    const from = address();
    const logins = Array.from({ length: 30 }, randomPhone);
    for (const l of logins) await attempt(l, 'whatever-1', from).expect(401);
    const rows = await db(`SELECT key FROM login_throttle WHERE key LIKE ANY($1)`, [logins.map((l) => `%${l}%`)]);
    expect(rows).toEqual([]);
    expect(await db(`SELECT failures FROM login_throttle WHERE key = $1`, [`ip:${from}`])).toEqual([{ failures: 30 }]);
  });

  it('prunes rows whose window is over and keeps the table under its bound', async () => {
    await db(
      `INSERT INTO login_throttle (key, failures, window_started_at) SELECT 'ip:old-' || g, 1, now() - interval '1 day' FROM generate_series(1, 40) g`,
    );
    await db(`UPDATE login_throttle SET touched_at = now() - interval '1 day' WHERE key LIKE 'ip:old-%'`);
    await db(
      `INSERT INTO login_throttle (key, failures, window_started_at) SELECT 'ip:fresh-' || g, 1, now() FROM generate_series(1, 150) g`,
    );
    await attempt(randomPhone(), 'whatever-1', address()).expect(401);
    expect(await db(`SELECT key FROM login_throttle WHERE key LIKE 'ip:old-%'`)).toEqual([]);
    const [{ count }] = await db(`SELECT count(*)::int AS count FROM login_throttle`);
    expect(count).toBeLessThanOrEqual(101); // the bound, plus the attempt that pruned
  });

  it('failures slow down the pair that makes them, with a delay that doubles; the owner elsewhere is not slowed', async () => {
    const phone = await producer();
    const stranger = address();
    for (let i = 0; i < 5; i++) await attempt(phone, `guess-${i}`, stranger).expect(401);
    const first = await attempt(phone, 'right-pass', stranger).expect(429);
    expect(first.body.code).toBe('RATE_LIMITED');
    expect(Number(first.headers['retry-after'])).toBe(1);
    // the owner, from its own address, signs in at once
    await attempt(phone, 'right-pass', address()).expect(200);
    // after the delay the stranger may try again; one more failure doubles it
    await eventually(async () => expect((await attempt(phone, 'guess-5', stranger)).status).toBe(401), {
      intervalMs: 250,
    });
    const second = await attempt(phone, 'guess-6', stranger).expect(429);
    expect(Number(second.headers['retry-after'])).toBe(2);
  });

  it('past the soft cap per login, only a known client gets through, and with the right password', async () => {
    const phone = await producer();
    const home = address();
    await attempt(phone, 'right-pass', home).expect(200); // the owner's known client
    for (let i = 0; i < 8; i++) await attempt(phone, `guess-${i}`, address()).expect(401); // a distributed attack
    const unknown = await attempt(phone, 'right-pass', address()).expect(429);
    expect(Number(unknown.headers['retry-after'])).toBeGreaterThan(0);
    await attempt(phone, 'right-pass', home).expect(200);
  });
});
