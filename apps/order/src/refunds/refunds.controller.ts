import { DisputeRefundCommand, OrderSubjects, PayRefundCommand } from '@app/contracts';
import { requireCaller, rpcController } from '@app/messaging';
import { RefundsService } from './refunds.service.js';

export const RefundsController = rpcController(RefundsService, (on) => [
  on(OrderSubjects.payRefund, PayRefundCommand, (refunds, caller, data) => refunds.pay(requireCaller(caller), data)),
  on(OrderSubjects.refund, DisputeRefundCommand, (refunds, caller, data) =>
    refunds.dispute(requireCaller(caller), data),
  ),
]);
