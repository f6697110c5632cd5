import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderSubjects, RejectSlipCommand, SlipImageQuery, SubmitSlipCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe, requireCaller } from '@app/messaging';
import { SlipsService } from './slips.service.js';

@Controller()
export class SlipsController {
  constructor(private readonly slips: SlipsService) {}

  @MessagePattern(OrderSubjects.submitSlip)
  submit(@Payload(new EnvelopePipe(SubmitSlipCommand)) { caller, data }: RpcEnvelope<SubmitSlipCommand>) {
    return this.slips.submit(requireCaller(caller), data);
  }

  @MessagePattern(OrderSubjects.rejectSlip)
  reject(@Payload(new EnvelopePipe(RejectSlipCommand)) { caller, data }: RpcEnvelope<RejectSlipCommand>) {
    return this.slips.reject(requireCaller(caller), data);
  }

  @MessagePattern(OrderSubjects.getSlipImage)
  image(@Payload(new EnvelopePipe(SlipImageQuery)) { caller, data }: RpcEnvelope<SlipImageQuery>) {
    return this.slips.image(requireCaller(caller), data);
  }
}
