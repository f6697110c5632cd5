import 'reflect-metadata';
import { processEnv } from '@app/config';
import { connectNats } from '@app/messaging';
import { openServiceDataSource } from '@app/persistence';
import { loadReportingConfig } from '../config.js';
import { reportingMigrations } from '../migrations/index.js';
import { rebuildReadModel } from '../rebuild/rebuild.js';

/**
 * npm run reporting:rebuild — wipes the reporting read model and replays the catalog and order streams
 * from their first event. Targets and submissions are kept. Safe while the service runs (inbox).
 */
const config = loadReportingConfig(processEnv());
const ds = await openServiceDataSource({
  url: config.databaseUrl,
  entities: [],
  migrations: reportingMigrations,
  name: 'reporting-rebuild',
});
const nc = await connectNats(config.nats, 'reporting-rebuild');
const started = Date.now();
let lastLog = 0;
try {
  const counts = await rebuildReadModel(ds, nc, config.referenceDataDir, (line) => {
    if (Date.now() - lastLog > 5000) {
      lastLog = Date.now();
      console.log(`[rebuild] ${line}`);
    }
  });
  console.log(
    `[rebuild] done in ${((Date.now() - started) / 1000).toFixed(1)} s; events applied: ${JSON.stringify(counts)}`,
  );
} finally {
  await nc.drain();
  await ds.destroy();
}
