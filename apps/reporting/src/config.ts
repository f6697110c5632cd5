import { CommonConfig, commonConfig, Env, envInt } from '@app/config';
import { defaultReferenceDataDir } from '@app/reference-data';

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
