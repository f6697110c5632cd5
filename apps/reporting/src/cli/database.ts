import { processEnv } from '@app/config';
import { openServiceDataSource } from '@app/persistence';
import { loadReportingConfig } from '../config.js';
import { reportingMigrations } from '../migrations/index.js';

/** A command-line tool's configuration and its own connection to reporting's database (`name`: whose it is). */
export async function openReportingDatabase(name: string) {
  const config = loadReportingConfig(processEnv());
  const ds = await openServiceDataSource({
    url: config.databaseUrl,
    entities: [],
    migrations: reportingMigrations,
    name,
  });
  return { config, ds };
}
