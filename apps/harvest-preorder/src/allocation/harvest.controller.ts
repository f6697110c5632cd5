import { Controller } from '@nestjs/common';
import { HarvestCommandDto, HarvestPreorderSubjects, PurchaseCommandDto } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { HarvestService } from './harvest.service.js';

@Controller()
export class HarvestController {
  constructor(private readonly harvest: HarvestService) {}

  @Rpc(HarvestPreorderSubjects.harvestBatch, HarvestCommandDto)
  record({ caller, data }: RpcEnvelope<HarvestCommandDto>) {
    return this.harvest.harvest(caller, data);
  }

  @Rpc(HarvestPreorderSubjects.previewHarvest, HarvestCommandDto)
  preview({ caller, data }: RpcEnvelope<HarvestCommandDto>) {
    return this.harvest.preview(caller, data);
  }

  @Rpc(HarvestPreorderSubjects.purchaseStock, PurchaseCommandDto)
  purchase({ caller, requestId, data }: RpcEnvelope<PurchaseCommandDto>) {
    return this.harvest.purchase(caller, data, requestId);
  }
}
