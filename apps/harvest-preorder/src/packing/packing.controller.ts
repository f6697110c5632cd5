import { Controller } from '@nestjs/common';
import { HarvestPreorderSubjects, PackingQueryDto } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { PackingService } from './packing.service.js';

@Controller()
export class PackingController {
  constructor(private readonly packing: PackingService) {}

  @Rpc(HarvestPreorderSubjects.listBatchReservations, PackingQueryDto)
  view({ caller, data }: RpcEnvelope<PackingQueryDto>) {
    return this.packing.view(caller, data);
  }
}
