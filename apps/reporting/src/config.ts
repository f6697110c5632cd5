import { CommonConfig, commonConfig, Env } from '@app/config';

export type ReportingConfig = CommonConfig;

export function loadReportingConfig(env: Env): ReportingConfig {
  return { ...commonConfig(env, 'reporting') };
}
