import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BatchIdDto, HarvestPreorderSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { LiveService } from './live.service.js';

@Controller()
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @MessagePattern(HarvestPreorderSubjects.liveBatch)
  snapshot(@Payload(new EnvelopePipe(BatchIdDto)) { caller, data }: RpcEnvelope<BatchIdDto>) {
    return this.live.snapshot(caller, data.batchId);
  }
}
