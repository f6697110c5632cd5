import type { DynamicModule } from '@nestjs/common';
import { IdentityEvents, PreorderEvents } from '@app/contracts';
import { eraseConsumer } from './events/consumer-erased.handler.js';
import { serviceModule } from '@app/messaging';
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

export function orderModule(config: OrderConfig): DynamicModule {
  return serviceModule({
    service: 'order',
    config,
    configToken: ORDER_CONFIG,
    database: { migrations: orderMigrations },
    controllers: [
      OrdersController,
      OrderViewsController,
      PaymentsController,
      SlipsController,
      RefundsController,
      FulfilmentController,
      SweepsController,
    ],
    providers: [
      OpenOrdersService,
      OrderViews,
      OrderTransactions,
      PaymentsService,
      SlipsService,
      RefundsService,
      FulfilmentService,
      SettlementService,
      SweeperService,
    ],
    events: {
      publishes: ['order'],
      inject: [SettlementService],
      subscriptions: (settlement: SettlementService) => [
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
    },
  });
}
