import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthSubjects, IdentityEvents, PreorderEvents } from '@app/contracts';
import { eraseConsumer } from './events/consumer-erased.handler.js';
import { EventRuntime, healthController, serviceDatabase } from '@app/messaging';
import { ORDER_CONFIG, OrderConfig } from './config.js';
import { SweeperService } from './expiry/sweeper.service.js';
import { SweepsController } from './expiry/sweeps.controller.js';
import { FulfilmentController } from './fulfilment/fulfilment.controller.js';
import { FulfilmentService } from './fulfilment/fulfilment.service.js';
import { orderMigrations } from './migrations/index.js';
import { OpenOrdersService } from './orders/open-orders.service.js';
import { OrdersController } from './orders/orders.controller.js';
import { PaymentsController } from './payments/payments.controller.js';
import { PaymentsService } from './payments/payments.service.js';
import { RefundsController } from './refunds/refunds.controller.js';
import { RefundsService } from './refunds/refunds.service.js';
import { SettlementService } from './settlement/settlement.service.js';
import { SlipsController } from './slips/slips.controller.js';
import { SlipsService } from './slips/slips.service.js';
import { OrderViewsController } from './views/order-views.controller.js';
import { OrderViews } from './views/order-views.service.js';
import { OrderTransactions } from './orders/order-transactions.js';

const entities: Function[] = [];

@Module({})
export class OrderModule {
  static forRoot(config: OrderConfig): DynamicModule {
    return {
      module: OrderModule,
      imports: [serviceDatabase({ name: 'order', url: config.databaseUrl, entities, migrations: orderMigrations })],
      controllers: [
        healthController(HealthSubjects.order, 'order'),
        OrdersController,
        OrderViewsController,
        PaymentsController,
        SlipsController,
        RefundsController,
        FulfilmentController,
        SweepsController,
      ],
      providers: [
        { provide: ORDER_CONFIG, useValue: config },
        OpenOrdersService,
        OrderViews,
        OrderTransactions,
        PaymentsService,
        SlipsService,
        RefundsService,
        FulfilmentService,
        SettlementService,
        SweeperService,
        {
          provide: EventRuntime,
          inject: [DataSource, SettlementService],
          useFactory: (ds: DataSource, settlement: SettlementService) =>
            EventRuntime.forService(config, ds, {
              service: 'order',
              publishes: ['order'],
              subscriptions: [
                {
                  domain: 'preorder',
                  handlers: {
                    // v1 (before balanceDueBy) may still be in the stream: both settle the same way (balanceDueBy())
                    [PreorderEvents.reservationAllocated]: {
                      1: (e, em) => settlement.onAllocated(e, em),
                      2: (e, em) => settlement.onAllocated(e, em),
                    },
                    [PreorderEvents.reservationCancelled]: { 1: (e, em) => settlement.onCancelled(e, em) },
                  },
                },
                { domain: 'identity', handlers: { [IdentityEvents.consumerErased]: { 1: eraseConsumer } } },
              ],
            }),
        },
      ],
    };
  }
}
