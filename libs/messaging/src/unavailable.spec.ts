import { createServer } from 'node:net';
import pg from 'pg';
import { eventually, testEnv } from '@app/testing';
import { isDependencyUnavailable } from './unavailable.js';

/** The errors node-postgres really raises when PostgreSQL goes away, against the errors that are bugs. */
describe('isDependencyUnavailable', () => {
  it('is true for a connection ended by the server during a session (terminating connection / Connection terminated)', async () => {
    const victim = new pg.Client({ connectionString: testEnv.databaseUrl });
    const killer = new pg.Client({ connectionString: testEnv.databaseUrl });
    await Promise.all([victim.connect(), killer.connect()]);
    victim.on('error', () => undefined);
    try {
      const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
      const pending = victim.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
      // wait until the server runs the query, then end its session under it
      await eventually(
        async () =>
          (
            await killer.query(
              `SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND query LIKE 'SELECT pg_sleep%' AND state = 'active'`,
              [pid],
            )
          ).rowCount === 1,
      );
      await killer.query('SELECT pg_terminate_backend($1)', [pid]);
      const during = await pending;
      expect(isDependencyUnavailable(during)).toBe(true);
      const after = await victim.query('SELECT 1').catch((e: unknown) => e);
      expect(isDependencyUnavailable(after)).toBe(true);
    } finally {
      await killer.end();
      await victim.end().catch(() => undefined);
    }
  });

  it('is true for a refused connection (ECONNREFUSED)', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    const e = await client.connect().catch((err: unknown) => err);
    expect(isDependencyUnavailable(e)).toBe(true);
  });

  it('is false for bugs and refused data (a malformed value, a syntax error, a TypeError)', async () => {
    const client = new pg.Client({ connectionString: testEnv.databaseUrl });
    await client.connect();
    try {
      const syntax = await client.query('SELEC 1').catch((e: unknown) => e);
      const badValue = await client.query(`SELECT * FROM (VALUES (1)) v(x) WHERE x = 'a'`).catch((e: unknown) => e);
      for (const e of [syntax, badValue, new TypeError("Cannot read properties of undefined (reading 'id')")])
        expect(isDependencyUnavailable(e)).toBe(false);
    } finally {
      await client.end();
    }
  });
});
