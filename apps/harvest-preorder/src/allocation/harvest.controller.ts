import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HarvestCommandDto, HarvestPreorderSubjects, PurchaseCommandDto } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { HarvestService } from './harvest.service.js';

@Controller()
export class HarvestController {
  constructor(private readonly harvest: HarvestService) {}

  @MessagePattern(HarvestPreorderSubjects.harvestBatch)
  record(@Payload(new EnvelopePipe(HarvestCommandDto)) { caller, data }: RpcEnvelope<HarvestCommandDto>) {
    return this.harvest.harvest(caller, data);
  }

  @MessagePattern(HarvestPreorderSubjects.previewHarvest)
  preview(@Payload(new EnvelopePipe(HarvestCommandDto)) { caller, data }: RpcEnvelope<HarvestCommandDto>) {
    return this.harvest.preview(caller, data);
  }

  @MessagePattern(HarvestPreorderSubjects.purchaseStock)
  purchase(
    @Payload(new EnvelopePipe(PurchaseCommandDto)) { caller, requestId, data }: RpcEnvelope<PurchaseCommandDto>,
  ) {
    return this.harvest.purchase(caller, data, requestId);
  }
}
