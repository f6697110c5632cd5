import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { dropDatabase, openServiceDataSource, withDatabase } from '@app/persistence';
import { frozenFunctionMismatches, frozenSqlImportProblems, testEnv } from '@app/testing';
import { harvestPreorderMigrations } from '../src/migrations/index.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../src/migrations', import.meta.url));

/** Migrations freeze the function text they create (docs/rules.md): old migrations never re-run today's text. */
describe('harvest-preorder migrations freeze their SQL functions', () => {
  it('each migration imports only its own frozen text, and each frozen text is run by exactly one migration', () => {
    expect(frozenSqlImportProblems(MIGRATIONS_DIR)).toEqual([]);
  });

  describe('on a database every migration ran on', () => {
    const url = withDatabase(testEnv.databaseUrl, `tfrozen_${randomBytes(4).toString('hex')}`);
    let ds: DataSource;
    beforeAll(async () => {
      ds = await openServiceDataSource({ url, entities: [], migrations: harvestPreorderMigrations, name: 'frozen-functions-test', poolSize: 2 });
    });
    afterAll(async () => {
      await ds?.destroy();
      await dropDatabase(url).catch(() => undefined);
    });

    it('reserve_many and reserve_group are exactly the newest frozen texts', async () => {
      const { checked, mismatches } = await frozenFunctionMismatches(ds, MIGRATIONS_DIR);
      expect(checked).toEqual(['reserve_group', 'reserve_many']);
      expect(mismatches).toEqual([]);
    });
  });
});
