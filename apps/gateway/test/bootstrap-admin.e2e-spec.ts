import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { jest } from '@jest/globals';
import { natsCredentialsEnv } from '@app/messaging';
import { eventually, TestSystem } from '@app/testing';
import { loadGatewayConfig } from '../src/config.js';
import { createGatewayApp } from '../src/gateway.app.js';
import type { GatewayApp } from '../src/gateway.app.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = connect(port, '127.0.0.1');
    c.once('connect', () => (c.destroy(), resolve(true)));
    c.once('error', () => resolve(false));
  });

describe('the bootstrap administrator', () => {
  let sys: TestSystem;
  const dir = mkdtempSync(join(tmpdir(), 'kdbr-admin-'));
  const apps: GatewayApp[] = [];

  beforeAll(async () => {
    sys = await TestSystem.start({ services: [] });
  });
  afterAll(async () => {
    for (const a of apps) await a.app.close();
    await sys?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exists before the gateway listens: no request can meet a system without it', async () => {
    const db = new pg.Client({ connectionString: sys.databaseUrl('gateway') });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE'); // reads pass, the admin's INSERT waits
      const port = await freePort();
      const starting = createGatewayApp(
        loadGatewayConfig({
          ...sys.env,
          ...natsCredentialsEnv('gateway', sys.natsCredentials),
          PORT: String(port),
          BOOTSTRAP_ADMIN_LOGIN: 'second@test.local',
          BOOTSTRAP_ADMIN_PASSWORD: 'second-password-1',
        }),
      );
      await eventually(async () => {
        await db.query('SELECT pg_stat_clear_snapshot()'); // pg_stat_activity is a snapshot per transaction
        const rows = await db.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO "users"%'`,
        );
        expect(rows.rowCount).toBe(1);
      });
      expect(await accepts(port)).toBe(false);
      await db.query('COMMIT');
      const app = await starting;
      apps.push(app);
      await request(app.url)
        .post('/api/v1/auth/login')
        .send({ login: 'second@test.local', password: 'second-password-1' })
        .expect(200);
    } finally {
      await db.end();
    }
  });

  it('writes a generated password to a 0600 file only, never to the output, and signs in with it', async () => {
    // a system of its own: generation happens only where no dla_admin exists yet
    const output: string[] = [];
    const spies = [process.stdout, process.stderr].map((s) =>
      jest.spyOn(s, 'write').mockImplementation((chunk: unknown) => (output.push(String(chunk)), true)),
    );
    const env = {
      BOOTSTRAP_ADMIN_LOGIN: '',
      BOOTSTRAP_ADMIN_PASSWORD: '',
      BOOTSTRAP_ADMIN_GENERATE: 'true',
      BOOTSTRAP_ADMIN_PASSWORD_FILE: join(dir, 'admin-password'),
      LOG_LEVEL: 'verbose',
    };
    const fresh = await TestSystem.start({ services: [], env }).finally(() => spies.forEach((s) => s.mockRestore()));
    try {
      const file = join(dir, 'admin-password');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const [login, password] = readFileSync(file, 'utf8').trim().split('\n');
      expect(login).toBe('admin@khongdee.local');
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(output.join('')).toContain('user created'); // the logs were captured…
      expect(output.join('')).not.toContain(password); // …and hold no password
      await fresh.http().post('/api/v1/auth/login').send({ login, password }).expect(200);
    } finally {
      await fresh.close();
    }
  });

  it('refuses to generate a password with nowhere safe to put it', () => {
    expect(() => loadGatewayConfig({ BOOTSTRAP_ADMIN_GENERATE: 'true' })).toThrow(/BOOTSTRAP_ADMIN_PASSWORD_FILE/);
  });
});
