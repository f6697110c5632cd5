import { INestMicroservice } from '@nestjs/common';
import { QUEUE_GROUPS } from '@app/contracts';
import { makeLogger } from '@app/config';
import { startServiceApp } from '@app/messaging';
import { HarvestPreorderConfig } from './config.js';
import { harvestPreorderModule } from './harvest-preorder.module.js';

export function createHarvestPreorderApp(config: HarvestPreorderConfig): Promise<INestMicroservice> {
  return startServiceApp(harvestPreorderModule(config), {
    nats: config.nats,
    queue: QUEUE_GROUPS.harvestPreorder,
    logger: makeLogger('harvest-preorder', config),
  });
}
