import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropDatabase, openServiceDataSource, withDatabase } from '@app/persistence';
import { appFactory } from './apps.js';
import type { AppName } from './apps.js';
import { createDatabaseFromTemplate, ensureTemplate, templateName } from './db-template.js';
import { testEnv } from './test-env.js';

const APPS: AppName[] = ['gateway', 'catalog', 'harvest-preorder', 'order', 'reporting', 'notification'];
const prefix = `t${randomBytes(5).toString('hex')}`;
const created: string[] = [];
const url = (name: string) => {
  const u = withDatabase(testEnv.databaseUrl, `${prefix}_${name.replace(/-/g, '_')}`);
  created.push(u);
  return u;
};

async function appliedMigrations(dbUrl: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return (await c.query('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const u of created) await dropDatabase(u).catch(() => undefined);
});

describe('suite databases from migrated templates', () => {
  it('a copy of the template has every migration of its service applied, and costs less than migrating (figures in docs/testing.md)', async () => {
    const times: Record<string, { migrate: number; copy: number }> = {};
    for (const name of APPS) {
      const f = await appFactory(name);
      const src = { service: name, migrations: f.migrations, migrationsFile: f.migrationsFile };
      await ensureTemplate(testEnv.databaseUrl, src); // built once (a no-op when it exists)

      let t = performance.now();
      const migrated = url(`${name}-migrated`);
      const ds = await openServiceDataSource({ url: migrated, entities: [], migrations: f.migrations, name: 'test' });
      await ds.destroy();
      const migrate = performance.now() - t;

      t = performance.now();
      const copy = url(name);
      await createDatabaseFromTemplate(copy, src);
      times[name] = { migrate: Math.round(migrate), copy: Math.round(performance.now() - t) };

      const names = f.migrations.map((m) => new m().name ?? m.name);
      expect(await appliedMigrations(copy)).toEqual(await appliedMigrations(migrated));
      expect((await appliedMigrations(copy)).length).toBe(names.length);
    }
    const total = (k: 'migrate' | 'copy') => Object.values(times).reduce((s, x) => s + x[k], 0);
    console.log(
      `database set-up per suite (ms): migrating ${total('migrate')}, from templates ${total('copy')}`,
      times,
    );
  });

  it('workers racing for a template that does not exist yet build it once and all get their copy', async () => {
    const f = await appFactory('notification');
    // a service name of its own: a template no other run has built
    const src = {
      service: `race-${randomBytes(3).toString('hex')}`,
      migrations: f.migrations,
      migrationsFile: f.migrationsFile,
    };
    const admin = new pg.Client({ connectionString: withDatabase(testEnv.databaseUrl, 'postgres') });
    await admin.connect();
    try {
      await Promise.all([1, 2, 3, 4].map((i) => createDatabaseFromTemplate(url(`race_${i}`), src)));
      for (const i of [1, 2, 3, 4])
        expect((await appliedMigrations(withDatabase(testEnv.databaseUrl, `${prefix}_race_${i}`))).length).toBe(
          f.migrations.length,
        );
    } finally {
      const tpl = templateName(src);
      await admin.query(`ALTER DATABASE "${tpl}" WITH IS_TEMPLATE false`).catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${tpl}"`);
      await admin.end();
    }
  });
});
