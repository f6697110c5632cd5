import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthSubjects } from '@app/contracts';
import { EventRuntime, healthController, serviceDatabase } from '@app/messaging';
import { HarvestPreorderConfig } from './config.js';
import { harvestPreorderMigrations } from './migrations/index.js';

const entities: Function[] = [];

@Module({})
export class HarvestPreorderModule {
  static forRoot(config: HarvestPreorderConfig): DynamicModule {
    return {
      module: HarvestPreorderModule,
      imports: [serviceDatabase({ name: 'harvest-preorder', url: config.databaseUrl, entities, migrations: harvestPreorderMigrations })],
      controllers: [healthController(HealthSubjects.harvestPreorder, 'harvest-preorder')],
      providers: [
        {
          provide: EventRuntime,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            new EventRuntime({
              service: 'harvest-preorder',
              natsUrl: config.natsUrl,
              databaseUrl: config.databaseUrl,
              dataSource: ds,
              streamReplicas: config.streamReplicas,
              publishes: ['preorder'],
              subscriptions: [],
            }),
        },
      ],
    };
  }
}
