import 'reflect-metadata';
import { parsePeriod, Period } from '../periods/period.js';
import { completedOrdersSource, orderServiceClient } from '../reconcile/order-client.js';
import { ReconcileService } from '../reconcile/reconcile.service.js';
import { parseArgs } from './args.js';
import { openReportingDatabase } from './database.js';

/**
 * npm run reporting:reconcile -- [--fiscalYear 2569 | --month 2026-03 | --from 2026-01-01 --to 2026-01-31] [--dry-run]
 * Compares the read model with the order service's completed orders, prints every difference and repairs it.
 */
const arg = (args: Record<string, string | true>, k: string) =>
  typeof args[k] === 'string' ? (args[k] as string) : undefined;
let period: Period;
let args: Record<string, string | true>;
try {
  args = parseArgs(process.argv.slice(2));
  period = parsePeriod({
    fiscalYear: arg(args, 'fiscalYear'),
    month: arg(args, 'month'),
    from: arg(args, 'from'),
    to: arg(args, 'to'),
  });
} catch (e) {
  console.error(
    `[reconcile] ${(e as Error).message}\nusage: npm run reporting:reconcile -- [--fiscalYear 2569 | --month 2026-03 | --from YYYY-MM-DD --to YYYY-MM-DD] [--dry-run]`,
  );
  process.exit(1);
}
const { config, ds } = await openReportingDatabase('reporting-reconcile');
const client = orderServiceClient(config.nats);
try {
  await client.connect();
  const service = new ReconcileService(ds, completedOrdersSource(client, config.reconcileTimeoutMs), (line) =>
    console.log(`[reconcile] ${line}`),
  );
  const report = await service.reconcile(period.from, period.to, args['dry-run'] !== true);
  console.log(
    `[reconcile] ${period.labelTh} (${report.from} – ${report.to}): ${report.checked} completed orders checked, ${report.differences.length} differences, ${report.repaired} repaired`,
  );
  process.exitCode = report.differences.length && args['dry-run'] === true ? 2 : 0;
} finally {
  await client.close();
  await ds.destroy();
}
