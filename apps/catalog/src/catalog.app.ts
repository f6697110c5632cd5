import { INestMicroservice } from '@nestjs/common';
import { QUEUE_GROUPS } from '@app/contracts';
import { makeLogger } from '@app/config';
import { startServiceApp } from '@app/messaging';
import { CatalogConfig } from './config.js';
import { catalogModule } from './catalog.module.js';

export function createCatalogApp(config: CatalogConfig): Promise<INestMicroservice> {
  return startServiceApp(catalogModule(config), {
    nats: config.nats,
    queue: QUEUE_GROUPS.catalog,
    logger: makeLogger('catalog', config),
  });
}
