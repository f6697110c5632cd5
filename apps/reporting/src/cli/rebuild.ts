import 'reflect-metadata';
import { connectNats } from '@app/messaging';
import { rebuildReadModel } from '../rebuild/rebuild.js';
import { openReportingDatabase } from './database.js';

/**
 * npm run reporting:rebuild — wipes the reporting read model and replays the catalog and order streams
 * from their first event. Targets and submissions are kept. Safe while the service runs (inbox).
 */
const { config, ds } = await openReportingDatabase('reporting-rebuild');
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
