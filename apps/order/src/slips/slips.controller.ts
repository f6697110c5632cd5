import { Controller } from '@nestjs/common';
import { OrderSubjects, RejectSlipCommand, SlipImageQuery, SubmitSlipCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { requireCaller, Rpc } from '@app/messaging';
import { SlipsService } from './slips.service.js';

@Controller()
export class SlipsController {
  constructor(private readonly slips: SlipsService) {}

  @Rpc(OrderSubjects.submitSlip, SubmitSlipCommand)
  submit({ caller, data }: RpcEnvelope<SubmitSlipCommand>) {
    return this.slips.submit(requireCaller(caller), data);
  }

  @Rpc(OrderSubjects.rejectSlip, RejectSlipCommand)
  reject({ caller, data }: RpcEnvelope<RejectSlipCommand>) {
    return this.slips.reject(requireCaller(caller), data);
  }

  @Rpc(OrderSubjects.getSlipImage, SlipImageQuery)
  image({ caller, data }: RpcEnvelope<SlipImageQuery>) {
    return this.slips.image(requireCaller(caller), data);
  }
}
