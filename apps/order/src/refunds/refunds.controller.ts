import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DisputeRefundCommand, OrderSubjects, PayRefundCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe, requireCaller } from '@app/messaging';
import { RefundsService } from './refunds.service.js';

@Controller()
export class RefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @MessagePattern(OrderSubjects.payRefund)
  pay(@Payload(new EnvelopePipe(PayRefundCommand)) { caller, data }: RpcEnvelope<PayRefundCommand>) {
    return this.refunds.pay(requireCaller(caller), data);
  }

  @MessagePattern(OrderSubjects.refund)
  dispute(@Payload(new EnvelopePipe(DisputeRefundCommand)) { caller, data }: RpcEnvelope<DisputeRefundCommand>) {
    return this.refunds.dispute(requireCaller(caller), data);
  }
}
