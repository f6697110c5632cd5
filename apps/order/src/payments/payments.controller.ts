import { Controller } from '@nestjs/common';
import { OrderSubjects, RecordPaymentCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { requireCaller, Rpc } from '@app/messaging';
import { PaymentsService } from './payments.service.js';

@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Rpc(OrderSubjects.recordPayment, RecordPaymentCommand)
  record({ caller, data }: RpcEnvelope<RecordPaymentCommand>) {
    return this.payments.record(requireCaller(caller), data);
  }
}
