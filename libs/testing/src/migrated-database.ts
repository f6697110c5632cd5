import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dropDatabase, openServiceDataSource, withDatabase } from '@app/persistence';
import type { ServiceDataSourceOptions } from '@app/persistence';
import { testEnv } from './test-env.js';

/** A suite's own database (`db.ds`, with `db.url`): set in a `beforeAll`, so a suite's later `beforeAll` may use it. */
export interface MigratedDatabase {
  url: string;
  ds: DataSource;
}

/**
 * A database of the suite's own, named `<prefix>_<random>`, with every one of `migrations` run on it (a pool of
 * 2 named `name`), for suites that test SQL without the apps; destroyed and dropped after the suite.
 */
export function useMigratedDatabase(
  prefix: string,
  name: string,
  migrations: ServiceDataSourceOptions['migrations'],
): MigratedDatabase {
  const db = {
    url: withDatabase(testEnv.databaseUrl, `${prefix}_${randomBytes(4).toString('hex')}`),
  } as MigratedDatabase;
  beforeAll(async () => {
    db.ds = await openServiceDataSource({ url: db.url, entities: [], migrations, name, poolSize: 2 });
  });
  afterAll(async () => {
    await db.ds?.destroy();
    await dropDatabase(db.url).catch(() => undefined);
  });
  return db;
}
