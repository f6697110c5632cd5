import { BatchIdDto, HarvestPreorderSubjects } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { LiveService } from './live.service.js';

export const LiveController = rpcController(LiveService, (on) => [
  on(HarvestPreorderSubjects.liveBatch, BatchIdDto, (live, caller, data) => live.snapshot(caller, data.batchId)),
]);
