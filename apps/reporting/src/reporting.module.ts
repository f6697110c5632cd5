import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthSubjects } from '@app/contracts';
import { EventRuntime, healthController, serviceDatabase } from '@app/messaging';
import { ReportingConfig } from './config.js';
import { reportingMigrations } from './migrations/index.js';
import { DiagnosticsController, diagnosticsHandlers } from './diagnostics/diagnostics.js';

const entities: Function[] = [];

@Module({})
export class ReportingModule {
  static forRoot(config: ReportingConfig): DynamicModule {
    return {
      module: ReportingModule,
      imports: [serviceDatabase({ name: 'reporting', url: config.databaseUrl, entities, migrations: reportingMigrations })],
      controllers: [healthController(HealthSubjects.reporting, 'reporting'), DiagnosticsController],
      providers: [
        {
          provide: EventRuntime,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            new EventRuntime({
              service: 'reporting',
              natsUrl: config.natsUrl,
              databaseUrl: config.databaseUrl,
              dataSource: ds,
              streamReplicas: config.streamReplicas,
              publishes: [],
              subscriptions: [{ domain: 'diagnostics', handlers: diagnosticsHandlers }],
            }),
        },
      ],
    };
  }
}
