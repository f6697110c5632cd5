import 'reflect-metadata';
import { processEnv } from '@app/config';
import { openServiceDataSource } from '@app/persistence';
import { loadReportingConfig } from '../config.js';
import { reportingMigrations } from '../migrations/index.js';
import { parsePeriod } from '../periods/period.js';
import { completedOrdersSource, orderServiceClient } from '../reconcile/order-client.js';
import { ReconcileService } from '../reconcile/reconcile.service.js';
import { parseArgs } from './args.js';

/**
 * npm run reporting:reconcile -- [--fiscalYear 2569 | --month 2026-03 | --from 2026-01-01 --to 2026-01-31] [--dry-run]
 * Compares the read model with the order service's completed orders, prints every difference and repairs it.
 */
const args = parseArgs(process.argv.slice(2));
const period = parsePeriod({
  fiscalYear: typeof args.fiscalYear === 'string' ? args.fiscalYear : undefined,
  month: typeof args.month === 'string' ? args.month : undefined,
  from: typeof args.from === 'string' ? args.from : undefined,
  to: typeof args.to === 'string' ? args.to : undefined,
});
const config = loadReportingConfig(processEnv());
const ds = await openServiceDataSource({ url: config.databaseUrl, entities: [], migrations: reportingMigrations, name: 'reporting-reconcile' });
const client = orderServiceClient(config.natsUrl);
try {
  await client.connect();
  const service = new ReconcileService(ds, completedOrdersSource(client, config.reconcileTimeoutMs), (line) => console.log(`[reconcile] ${line}`));
  const report = await service.reconcile(period.from, period.to, args['dry-run'] !== true);
  console.log(
    `[reconcile] ${period.labelTh} (${report.from} – ${report.to}): ${report.checked} completed orders checked, ${report.differences.length} differences, ${report.repaired} repaired`,
  );
  process.exitCode = report.differences.length && args['dry-run'] === true ? 2 : 0;
} finally {
  await client.close();
  await ds.destroy();
}
