import { Controller } from '@nestjs/common';
import { BatchIdDto, HarvestPreorderSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { LiveService } from './live.service.js';

@Controller()
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @Rpc(HarvestPreorderSubjects.liveBatch, BatchIdDto)
  snapshot({ caller, data }: RpcEnvelope<BatchIdDto>) {
    return this.live.snapshot(caller, data.batchId);
  }
}
