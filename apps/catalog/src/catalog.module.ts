import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HealthSubjects } from '@app/contracts';
import { EventRuntime, healthController, serviceDatabase } from '@app/messaging';
import { CatalogConfig } from './config.js';
import { DiagnosticsController } from './diagnostics/diagnostics.controller.js';
import { GeographyController } from './geography/geography.controller.js';
import { District, Lao, Province } from './geography/geography.entities.js';
import { GeographyService } from './geography/geography.service.js';
import { loadReferenceData } from './geography/reference-data.loader.js';
import { catalogMigrations } from './migrations/index.js';

const entities = [Province, District, Lao];

@Module({})
export class CatalogModule {
  static forRoot(config: CatalogConfig): DynamicModule {
    return {
      module: CatalogModule,
      imports: [
        serviceDatabase({
          name: 'catalog',
          url: config.databaseUrl,
          entities,
          migrations: catalogMigrations,
          afterMigrate: (ds) => loadReferenceData(ds, config.referenceDataDir).then(() => undefined),
        }),
        TypeOrmModule.forFeature(entities),
      ],
      controllers: [healthController(HealthSubjects.catalog, 'catalog'), GeographyController, DiagnosticsController],
      providers: [
        { provide: 'CATALOG_CONFIG', useValue: config },
        GeographyService,
        {
          provide: EventRuntime,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            new EventRuntime({
              service: 'catalog',
              natsUrl: config.natsUrl,
              databaseUrl: config.databaseUrl,
              dataSource: ds,
              streamReplicas: config.streamReplicas,
              publishes: ['catalog', 'diagnostics'],
              subscriptions: [],
            }),
        },
      ],
    };
  }
}
