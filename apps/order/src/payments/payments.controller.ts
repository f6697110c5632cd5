import { OrderSubjects, RecordPaymentCommand } from '@app/contracts';
import { requireCaller, rpcController } from '@app/messaging';
import { PaymentsService } from './payments.service.js';

export const PaymentsController = rpcController(PaymentsService, (on) => [
  on(OrderSubjects.recordPayment, RecordPaymentCommand, (payments, caller, data) =>
    payments.record(requireCaller(caller), data),
  ),
]);
