import {
  BatchIdDto,
  CreateBatchDto,
  HarvestPreorderSubjects,
  ListBatchesQuery,
  TransitionBatchDto,
} from '@app/contracts';
import { rpcController } from '@app/messaging';
import { BatchesService } from './batches.service.js';

export const BatchesController = rpcController(BatchesService, (on) => [
  on(HarvestPreorderSubjects.createBatch, CreateBatchDto, (batches, caller, data, requestId) =>
    batches.create(caller, data, requestId),
  ),
  on(HarvestPreorderSubjects.getBatch, BatchIdDto, (batches, caller, data) => batches.view(caller, data.batchId)),
  on(HarvestPreorderSubjects.listBatches, ListBatchesQuery, (batches, caller, data) => batches.list(caller, data)),
  on(HarvestPreorderSubjects.transitionBatch, TransitionBatchDto, (batches, caller, data) =>
    batches.transition(caller, data),
  ),
]);
