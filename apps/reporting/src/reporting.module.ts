import type { DynamicModule } from '@nestjs/common';
import { serviceModule } from '@app/messaging';
import { ReportingConfig } from './config.js';
import { DiagnosticsController, diagnosticsHandlers } from './diagnostics/diagnostics.js';
import { ExportService } from './export/export.service.js';
import { reportingMigrations } from './migrations/index.js';
import { catalogHandlers, orderHandlers } from './read-model/handlers.js';
import { loadReferenceData } from './read-model/reference-data.js';
import { SubmissionsService } from './submissions/submissions.service.js';
import { FlaggedSalesRepository } from './flags/flagged-sales.repository.js';
import { LaoNoticesController, LaoNoticesService } from './notices/lao-notices.js';
import { FlaggedSalesService } from './flags/flagged-sales.service.js';
import { BreakdownRepository } from './summary/breakdown.repository.js';
import { BreakdownService } from './summary/breakdown.service.js';
import { PlaceDirectory } from './summary/place-directory.js';
import { FiguresRepository } from './summary/figures.repository.js';
import {
  BreakdownController,
  ExportController,
  FlaggedSalesController,
  SubmissionsController,
  SummaryController,
  TargetsController,
} from './summary/reports.controller.js';
import { SummaryService } from './summary/summary.service.js';
import { TargetsService } from './targets/targets.service.js';

export function reportingModule(config: ReportingConfig): DynamicModule {
  return serviceModule({
    service: 'reporting',
    config,
    configToken: 'REPORTING_CONFIG',
    database: {
      migrations: reportingMigrations,
      // 8 order events applied at once (and the catalog's, the relay's) plus up to 5 statements per report
      poolSize: 20,
      afterMigrate: (ds) => loadReferenceData(ds, config.referenceDataDir),
    },
    controllers: [
      DiagnosticsController,
      FlaggedSalesController,
      SummaryController,
      BreakdownController,
      ExportController,
      TargetsController,
      SubmissionsController,
      LaoNoticesController,
    ],
    providers: [
      PlaceDirectory,
      FiguresRepository,
      TargetsService,
      SummaryService,
      BreakdownRepository,
      BreakdownService,
      ExportService,
      SubmissionsService,
      FlaggedSalesRepository,
      LaoNoticesService,
      FlaggedSalesService,
    ],
    events: {
      publishes: [],
      subscriptions: () => [
        { domain: 'diagnostics', handlers: diagnosticsHandlers },
        { domain: 'catalog', handlers: catalogHandlers },
        // order events tolerate any order (per-order lock, refunds kept until completion): 8 at once
        { domain: 'order', handlers: orderHandlers, concurrency: 8 },
      ],
    },
  });
}
