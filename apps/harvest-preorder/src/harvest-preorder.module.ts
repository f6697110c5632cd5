import type { DynamicModule } from '@nestjs/common';
import { IdentityEvents, OrderEvents } from '@app/contracts';
import { eraseConsumer } from './reservations/consumer-erased.handler.js';
import { serviceModule } from '@app/messaging';
import { HarvestController } from './allocation/harvest.controller.js';
import { HarvestService } from './allocation/harvest.service.js';
import { BatchSweeper } from './batches/batch-sweeper.js';
import { BatchesController } from './batches/batches.controller.js';
import { BatchesRepository } from './batches/batches.repository.js';
import { BatchesService } from './batches/batches.service.js';
import { HarvestPreorderConfig, PREORDER_CONFIG } from './config.js';
import { LiveController } from './live/live.controller.js';
import { LiveRepository } from './live/live.repository.js';
import { LiveService } from './live/live.service.js';
import { LiveTicks } from './live/live-ticks.js';
import { harvestPreorderMigrations } from './migrations/index.js';
import { PackingController } from './packing/packing.controller.js';
import { PackingService } from './packing/packing.service.js';
import { StockPurchasesRepository } from './allocation/stock-purchases.repository.js';
import { ConsumerHoldsRepository } from './reservations/consumer-holds.repository.js';
import { OrderOpener } from './reservations/order-opener.js';
import { OrderOpeningRepository } from './reservations/order-opening.repository.js';
import { ReservationsRepository } from './reservations/reservations.repository.js';
import { Waitlist } from './waitlist/waitlist.js';
import { WaitlistRepository } from './waitlist/waitlist.repository.js';
import { ReservationViewsService } from './reservations/reservation-views.service.js';
import { ReservationsController, ReservationViewsController } from './reservations/reservations.controller.js';
import { ReservationsService } from './reservations/reservations.service.js';
import { GroupReserver } from './reservations/reserve-group.service.js';
import { ServiceRpc } from './rpc/service-rpc.js';

export function harvestPreorderModule(config: HarvestPreorderConfig): DynamicModule {
  return serviceModule({
    service: 'harvestPreorder',
    config,
    configToken: PREORDER_CONFIG,
    // raw SQL only (the hot path needs it, and one style for all queries): no TypeORM entities
    database: { migrations: harvestPreorderMigrations, poolSize: config.poolSize },
    controllers: [
      BatchesController,
      ReservationsController,
      ReservationViewsController,
      HarvestController,
      PackingController,
      LiveController,
    ],
    providers: [
      ServiceRpc,
      BatchesRepository,
      ReservationsRepository,
      ConsumerHoldsRepository,
      StockPurchasesRepository,
      OrderOpeningRepository,
      WaitlistRepository,
      Waitlist,
      BatchesService,
      BatchSweeper,
      OrderOpener,
      GroupReserver,
      ReservationsService,
      ReservationViewsService,
      HarvestService,
      PackingService,
      LiveTicks,
      LiveRepository,
      LiveService,
    ],
    events: {
      publishes: ['preorder'],
      inject: [ReservationsService, ReservationsRepository],
      subscriptions: (reservations: ReservationsService, reservationRows: ReservationsRepository) => [
        {
          domain: 'order',
          handlers: { [OrderEvents.expired]: { 1: (e, em) => reservations.onOrderExpired(e, em) } },
        },
        {
          domain: 'identity',
          handlers: {
            [IdentityEvents.consumerErased]: { 1: (e, em) => eraseConsumer(reservationRows, e, em) },
          },
        },
      ],
    },
  });
}
