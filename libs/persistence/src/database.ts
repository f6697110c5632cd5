import pg from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { MigrationClass } from './migration.js';

/** Replaces the database name of a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Creates the database of `url` when it does not exist (safe when several replicas race). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } catch (e) {
        // 42P04 duplicate_database, 23505: another replica created it first
        if (!['42P04', '23505'].includes((e as { code?: string }).code ?? '')) throw e;
      }
    }
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface ServiceDataSourceOptions {
  url: string;
  entities: DataSourceOptions['entities'];
  migrations: MigrationClass[];
  poolSize?: number;
  /** application_name shown in pg_stat_activity */
  name: string;
}

/**
 * A service's DataSource: its own database, schema from its migrations only (synchronize is never on).
 * Migrations run under an advisory lock so replicas starting together do not race.
 */
export async function openServiceDataSource(opts: ServiceDataSourceOptions): Promise<DataSource> {
  await ensureDatabase(opts.url);
  const ds = new DataSource({
    type: 'postgres',
    url: opts.url,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: opts.poolSize ?? 10, application_name: opts.name },
  });
  await ds.initialize();
  await runMigrationsLocked(ds);
  return ds;
}

const MIGRATION_LOCK = 727_001;

export async function runMigrationsLocked(ds: DataSource): Promise<void> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await qr.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await qr.release();
  }
}

/** Resolves once the database answers a trivial statement (health checks). */
export async function ping(ds: DataSource): Promise<void> {
  await ds.query('SELECT 1');
}
