import pg from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import type { AppName } from './apps.js';
import type { TestSystem } from './system.js';

/** Runs one query on an app's own database, on a connection of its own (to check what was or was not written). */
export async function queryDb<T = Record<string, any>>(
  sys: TestSystem,
  app: AppName,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: sys.databaseUrl(app) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` on a connection of its own inside a transaction that is always rolled back: a test that writes
 * straight into a database (a migration, a function, a constraint) leaves nothing behind, whatever happens.
 */
export async function inRolledBackTransaction<T>(ds: DataSource, fn: (qr: QueryRunner) => Promise<T>): Promise<T> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  await qr.startTransaction();
  try {
    return await fn(qr);
  } finally {
    await qr.rollbackTransaction();
    await qr.release();
  }
}
