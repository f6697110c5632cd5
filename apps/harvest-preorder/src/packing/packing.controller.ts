import { HarvestPreorderSubjects, PackingQueryDto } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { PackingService } from './packing.service.js';

export const PackingController = rpcController(PackingService, (on) => [
  on(HarvestPreorderSubjects.listBatchReservations, PackingQueryDto, (packing, caller, data) =>
    packing.view(caller, data),
  ),
]);
