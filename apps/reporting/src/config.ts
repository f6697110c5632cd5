import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommonConfig, commonConfig, Env, envInt } from '@app/config';

export interface ReportingConfig extends CommonConfig {
  /** folder of provinces.csv, districts.csv, laos.csv: the same reference files the catalog loads */
  referenceDataDir: string;
  /** how long reconciliation waits for one page of the order service's completed orders */
  reconcileTimeoutMs: number;
  /** completions by one consumer at one producer in one day from which each is flagged (REPORTING_REPEAT_SALES_PER_DAY) */
  repeatSalesPerDay: number;
}

export function loadReportingConfig(env: Env): ReportingConfig {
  return {
    ...commonConfig(env, 'reporting'),
    referenceDataDir: env.REFERENCE_DATA_DIR ?? defaultReferenceDataDir(),
    reconcileTimeoutMs: envInt(env, 'RECONCILE_TIMEOUT_MS', 30_000, 100),
    repeatSalesPerDay: envInt(env, 'REPORTING_REPEAT_SALES_PER_DAY', 3, 2),
  };
}

/** apps/catalog/reference-data, found from the source tree or from dist/. */
function defaultReferenceDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'apps', 'catalog', 'reference-data');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('apps/catalog/reference-data not found; set REFERENCE_DATA_DIR');
}
