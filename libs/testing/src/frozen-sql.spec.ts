import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frozenSqlImportProblems } from './frozen-sql.js';

const APPS = fileURLToPath(new URL('../../../apps', import.meta.url));

/**
 * Every service's migrations, read as files (this library imports no app): a migration runs only the SQL text
 * frozen for it (migrations/sql/<its timestamp>-<function>.sql.ts), never a "current" text a later migration
 * also runs. Services with functions also check their migrated database (e.g. harvest-preorder's
 * test/frozen-functions.e2e-spec.ts).
 */
describe('migrations freeze the SQL texts they run (all services)', () => {
  const dirs = readdirSync(APPS)
    .map((app) => join(APPS, app, 'src', 'migrations'))
    .filter((d) => existsSync(d));

  it('finds the services', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(dirs.map((d) => [d.split('/apps/')[1], d]))('%s', (_name, dir) => {
    expect(frozenSqlImportProblems(dir)).toEqual([]);
  });
});
