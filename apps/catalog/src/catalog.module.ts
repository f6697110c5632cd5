import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityEvents, OrderEvents } from '@app/contracts';
import { serviceModule } from '@app/messaging';
import { CatalogConfig } from './config.js';
import { ContentLinksController } from './content-links/content-links.controller.js';
import { ContentLinksService } from './content-links/content-links.service.js';
import { DiagnosticsController } from './diagnostics/diagnostics.controller.js';
import { GeographyController, LaoAdminController } from './geography/geography.controller.js';
import { District, Lao, Province } from './geography/geography.entities.js';
import { GeographyService } from './geography/geography.service.js';
import { LaoAdminService } from './geography/lao-admin.service.js';
import { loadReferenceData } from './geography/reference-data.loader.js';
import { MediaController } from './media/media.controller.js';
import { MediaStore, PostgresMediaStore } from './media/media-store.js';
import { ProductPhotosService } from './media/product-photos.service.js';
import { catalogMigrations } from './migrations/index.js';
import { MembershipController, ProducersController } from './producers/producers.controller.js';
import { ProducersService } from './producers/producers.service.js';
import { MembershipService } from './producers/membership.service.js';
import { ProductsController, ShareKitController } from './products/products.controller.js';
import { ProductsService } from './products/products.service.js';
import { eraseConsumerReviews } from './reviews/consumer-erased.handler.js';
import { recordCompletedOrder } from './reviews/order-completed.handler.js';
import { ReviewsController } from './reviews/reviews.controller.js';
import { ReviewsService } from './reviews/reviews.service.js';
import { ShareKitService } from './share/share-kit.service.js';

const entities = [Province, District, Lao];

export function catalogModule(config: CatalogConfig): DynamicModule {
  return serviceModule({
    service: 'catalog',
    config,
    configToken: 'CATALOG_CONFIG',
    database: {
      entities,
      migrations: catalogMigrations,
      afterMigrate: (ds) => loadReferenceData(ds, config.referenceDataDir),
    },
    imports: [TypeOrmModule.forFeature(entities)],
    controllers: [
      GeographyController,
      LaoAdminController,
      MembershipController,
      ProducersController,
      ProductsController,
      ShareKitController,
      MediaController,
      ContentLinksController,
      ReviewsController,
      DiagnosticsController,
    ],
    providers: [
      GeographyService,
      LaoAdminService,
      ProducersService,
      MembershipService,
      ProductsService,
      ShareKitService,
      { provide: MediaStore, useClass: PostgresMediaStore },
      ProductPhotosService,
      ContentLinksService,
      ReviewsService,
    ],
    events: {
      publishes: ['catalog', 'diagnostics'],
      subscriptions: () => [
        { domain: 'order', handlers: { [OrderEvents.completed]: { 1: recordCompletedOrder } } },
        { domain: 'identity', handlers: { [IdentityEvents.consumerErased]: { 1: eraseConsumerReviews } } },
      ],
    },
  });
}
