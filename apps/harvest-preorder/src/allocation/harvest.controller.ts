import { HarvestCommandDto, HarvestPreorderSubjects, PurchaseCommandDto } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { HarvestService } from './harvest.service.js';

export const HarvestController = rpcController(HarvestService, (on) => [
  on(HarvestPreorderSubjects.harvestBatch, HarvestCommandDto, (harvest, caller, data) => harvest.harvest(caller, data)),
  on(HarvestPreorderSubjects.previewHarvest, HarvestCommandDto, (harvest, caller, data) =>
    harvest.preview(caller, data),
  ),
  on(HarvestPreorderSubjects.purchaseStock, PurchaseCommandDto, (harvest, caller, data, requestId) =>
    harvest.purchase(caller, data, requestId),
  ),
]);
