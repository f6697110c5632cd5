import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HarvestPreorderSubjects, PackingQueryDto } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { PackingService } from './packing.service.js';

@Controller()
export class PackingController {
  constructor(private readonly packing: PackingService) {}

  @MessagePattern(HarvestPreorderSubjects.listBatchReservations)
  view(@Payload(new EnvelopePipe(PackingQueryDto)) { caller, data }: RpcEnvelope<PackingQueryDto>) {
    return this.packing.view(caller, data);
  }
}
