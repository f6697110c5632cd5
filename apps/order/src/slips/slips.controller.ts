import { OrderSubjects, RejectSlipCommand, SlipImageQuery, SubmitSlipCommand } from '@app/contracts';
import { requireCaller, rpcController } from '@app/messaging';
import { SlipsService } from './slips.service.js';

export const SlipsController = rpcController(SlipsService, (on) => [
  on(OrderSubjects.submitSlip, SubmitSlipCommand, (slips, caller, data) => slips.submit(requireCaller(caller), data)),
  on(OrderSubjects.rejectSlip, RejectSlipCommand, (slips, caller, data) => slips.reject(requireCaller(caller), data)),
  on(OrderSubjects.getSlipImage, SlipImageQuery, (slips, caller, data) => slips.image(requireCaller(caller), data)),
]);
