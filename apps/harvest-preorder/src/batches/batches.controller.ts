import { Controller } from '@nestjs/common';
import {
  BatchIdDto,
  CreateBatchDto,
  HarvestPreorderSubjects,
  ListBatchesQuery,
  TransitionBatchDto,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { BatchesService } from './batches.service.js';

@Controller()
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @Rpc(HarvestPreorderSubjects.createBatch, CreateBatchDto)
  create({ caller, requestId, data }: RpcEnvelope<CreateBatchDto>) {
    return this.batches.create(caller, data, requestId);
  }

  @Rpc(HarvestPreorderSubjects.getBatch, BatchIdDto)
  get({ caller, data }: RpcEnvelope<BatchIdDto>) {
    return this.batches.view(caller, data.batchId);
  }

  @Rpc(HarvestPreorderSubjects.listBatches, ListBatchesQuery)
  list({ caller, data }: RpcEnvelope<ListBatchesQuery>) {
    return this.batches.list(caller, data);
  }

  @Rpc(HarvestPreorderSubjects.transitionBatch, TransitionBatchDto)
  transition({ caller, data }: RpcEnvelope<TransitionBatchDto>) {
    return this.batches.transition(caller, data);
  }
}
