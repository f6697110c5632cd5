import { INestMicroservice } from '@nestjs/common';
import { QUEUE_GROUPS } from '@app/contracts';
import { makeLogger } from '@app/config';
import { startServiceApp } from '@app/messaging';
import { ReportingConfig } from './config.js';
import { reportingModule } from './reporting.module.js';

export function createReportingApp(config: ReportingConfig): Promise<INestMicroservice> {
  return startServiceApp(reportingModule(config), {
    nats: config.nats,
    queue: QUEUE_GROUPS.reporting,
    logger: makeLogger('reporting', config),
  });
}
