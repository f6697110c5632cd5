import pg from 'pg';
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
