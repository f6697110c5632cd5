import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthSubjects } from '@app/contracts';
import { EventRuntime, healthController, serviceDatabase } from '@app/messaging';
import { ORDER_CONFIG, OrderConfig } from './config.js';
import { OpenOrdersService } from './orders/open-orders.service.js';
import { OrdersController } from './orders/orders.controller.js';
import { orderMigrations } from './migrations/index.js';

const entities: Function[] = [];

@Module({})
export class OrderModule {
  static forRoot(config: OrderConfig): DynamicModule {
    return {
      module: OrderModule,
      imports: [serviceDatabase({ name: 'order', url: config.databaseUrl, entities, migrations: orderMigrations })],
      controllers: [healthController(HealthSubjects.order, 'order'), OrdersController],
      providers: [
        { provide: ORDER_CONFIG, useValue: config },
        OpenOrdersService,
        {
          provide: EventRuntime,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            new EventRuntime({
              service: 'order',
              natsUrl: config.natsUrl,
              databaseUrl: config.databaseUrl,
              dataSource: ds,
              streamReplicas: config.streamReplicas,
              publishes: ['order'],
              subscriptions: [],
            }),
        },
      ],
    };
  }
}
