import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BatchIdDto,
  CreateBatchDto,
  HarvestPreorderSubjects,
  ListBatchesQuery,
  TransitionBatchDto,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { BatchesService } from './batches.service.js';

@Controller()
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @MessagePattern(HarvestPreorderSubjects.createBatch)
  create(@Payload(new EnvelopePipe(CreateBatchDto)) { caller, requestId, data }: RpcEnvelope<CreateBatchDto>) {
    return this.batches.create(caller, data, requestId);
  }

  @MessagePattern(HarvestPreorderSubjects.getBatch)
  get(@Payload(new EnvelopePipe(BatchIdDto)) { caller, data }: RpcEnvelope<BatchIdDto>) {
    return this.batches.view(caller, data.batchId);
  }

  @MessagePattern(HarvestPreorderSubjects.listBatches)
  list(@Payload(new EnvelopePipe(ListBatchesQuery)) { caller, data }: RpcEnvelope<ListBatchesQuery>) {
    return this.batches.list(caller, data);
  }

  @MessagePattern(HarvestPreorderSubjects.transitionBatch)
  transition(@Payload(new EnvelopePipe(TransitionBatchDto)) { caller, data }: RpcEnvelope<TransitionBatchDto>) {
    return this.batches.transition(caller, data);
  }
}
