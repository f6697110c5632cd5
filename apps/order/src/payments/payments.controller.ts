import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderSubjects, RecordPaymentCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe, requireCaller } from '@app/messaging';
import { PaymentsService } from './payments.service.js';

@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @MessagePattern(OrderSubjects.recordPayment)
  record(@Payload(new EnvelopePipe(RecordPaymentCommand)) { caller, data }: RpcEnvelope<RecordPaymentCommand>) {
    return this.payments.record(requireCaller(caller), data);
  }
}
