import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { TestSystem } from '@app/testing';
import { TokenVersions } from '../src/identity/token-versions.js';
import { UsersRepository } from '../src/identity/users.repository.js';

/**
 * The token versions a gateway replica reads for the callers it has not seen yet (issue 14: a live sale's
 * thousands of new callers a second): read together, one read in flight at a time, against the gateway's
 * own database; a revocation is never undone by a read that was in flight when it was made.
 */
describe('token versions of new callers', () => {
  const sys = TestSystem.forSuite({ services: [] });
  let ds: DataSource;

  beforeAll(async () => {
    ds = new DataSource({ type: 'postgres', url: sys.databaseUrl('gateway'), poolSize: 4 });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  afterEach(() => jest.restoreAllMocks());

  async function users(n: number): Promise<string[]> {
    const ids = Array.from({ length: n }, () => randomUUID());
    await ds.query(
      `INSERT INTO users (id, name, email, password_hash, role)
       SELECT id, 'tv test', id || '@tv.test', '!', 'consumer' FROM unnest($1::uuid[]) AS id`,
      [ids],
    );
    return ids;
  }

  it('reads the callers asked for together: one read in flight, the callers asked for meanwhile in the next', async () => {
    const ids = await users(60);
    const unknown = randomUUID();
    await ds.query(`UPDATE users SET token_version = 3 WHERE id = $1`, [ids[1]]);
    const reads: string[][] = [];
    const original = UsersRepository.tokenVersions.bind(UsersRepository);
    jest.spyOn(UsersRepository, 'tokenVersions').mockImplementation(async (db, batch) => {
      reads.push([...batch]);
      return original(db, batch);
    });
    const versions = new TokenVersions(ds);

    const first = Promise.all([...ids.slice(0, 30), unknown, ids[0]].map((id) => versions.current(id)));
    // the first read is sent on the next turn of the event loop; these are asked for while it runs
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toHaveLength(1);
    const second = Promise.all([...ids.slice(30), ids[0]].map((id) => versions.current(id)));
    expect(reads).toHaveLength(1);

    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual([0, 3, ...Array(28).fill(0), null, 0]);
    expect(b).toEqual([...Array(30).fill(0), 0]);
    expect(reads).toHaveLength(2);
    expect(new Set(reads[0])).toEqual(new Set([...ids.slice(0, 30), unknown]));
    // ids[0] was being read already: it waited for that read instead of being read again
    expect(new Set(reads[1])).toEqual(new Set(ids.slice(30)));

    // now cached: no read at all
    expect(await versions.current(ids[45])).toBe(0);
    expect(reads).toHaveLength(2);
  });

  it('keeps no version read before a revocation made while that read was in flight', async () => {
    const [id] = await users(1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = UsersRepository.tokenVersions.bind(UsersRepository);
    jest.spyOn(UsersRepository, 'tokenVersions').mockImplementation(async (db, batch) => {
      const found = await original(db, batch);
      await gate; // the read has its answer (version 0) but has not delivered it yet
      return found;
    });
    const versions = new TokenVersions(ds);
    const inFlight = versions.current(id);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await versions.revoke(id)).toBe(true);
    // asked for after the revocation while the earlier read is still in flight: not that read's answer
    const after = versions.current(id);
    release();
    expect(await inFlight).toBe(0); // asked for before the revocation
    expect(await after).toBe(1);
    jest.restoreAllMocks();
    expect(await versions.current(id)).toBe(1); // read again, not the answer of the read in flight
  });
});
