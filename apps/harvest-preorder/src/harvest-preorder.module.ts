import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthSubjects, IdentityEvents, OrderEvents } from '@app/contracts';
import { eraseConsumer } from './reservations/consumer-erased.handler.js';
import { EventRuntime, healthController, serviceDatabase } from '@app/messaging';
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

/** Raw SQL only (the hot path needs it, and one style for all queries): no TypeORM entities. */
const entities: Function[] = [];

@Module({})
export class HarvestPreorderModule {
  static forRoot(config: HarvestPreorderConfig): DynamicModule {
    return {
      module: HarvestPreorderModule,
      imports: [
        serviceDatabase({
          name: 'harvest-preorder',
          url: config.databaseUrl,
          entities,
          migrations: harvestPreorderMigrations,
          poolSize: config.poolSize,
        }),
      ],
      controllers: [
        healthController(HealthSubjects.harvestPreorder, 'harvest-preorder'),
        BatchesController,
        ReservationsController,
        ReservationViewsController,
        HarvestController,
        PackingController,
        LiveController,
      ],
      providers: [
        { provide: PREORDER_CONFIG, useValue: config },
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
        {
          provide: EventRuntime,
          inject: [DataSource, ReservationsService, ReservationsRepository],
          useFactory: (ds: DataSource, reservations: ReservationsService, reservationRows: ReservationsRepository) =>
            EventRuntime.forService(config, ds, {
              service: 'harvest-preorder',
              publishes: ['preorder'],
              subscriptions: [
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
            }),
        },
      ],
    };
  }
}
