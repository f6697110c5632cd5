import { Controller } from '@nestjs/common';
import { DisputeRefundCommand, OrderSubjects, PayRefundCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { requireCaller, Rpc } from '@app/messaging';
import { RefundsService } from './refunds.service.js';

@Controller()
export class RefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @Rpc(OrderSubjects.payRefund, PayRefundCommand)
  pay({ caller, data }: RpcEnvelope<PayRefundCommand>) {
    return this.refunds.pay(requireCaller(caller), data);
  }

  @Rpc(OrderSubjects.refund, DisputeRefundCommand)
  dispute({ caller, data }: RpcEnvelope<DisputeRefundCommand>) {
    return this.refunds.dispute(requireCaller(caller), data);
  }
}
