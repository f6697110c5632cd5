import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderIdCommand, OrderSubjects, ShipOrderCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe, requireCaller } from '@app/messaging';
import { FulfilmentService } from './fulfilment.service.js';

@Controller()
export class FulfilmentController {
  constructor(private readonly fulfilment: FulfilmentService) {}

  @MessagePattern(OrderSubjects.markReady)
  ready(@Payload(new EnvelopePipe(OrderIdCommand)) { caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.fulfilment.ready(requireCaller(caller), data.orderId);
  }

  @MessagePattern(OrderSubjects.ship)
  ship(@Payload(new EnvelopePipe(ShipOrderCommand)) { caller, data }: RpcEnvelope<ShipOrderCommand>) {
    return this.fulfilment.ship(requireCaller(caller), data);
  }

  @MessagePattern(OrderSubjects.handover)
  handover(@Payload(new EnvelopePipe(OrderIdCommand)) { caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.fulfilment.handover(requireCaller(caller), data.orderId);
  }

  @MessagePattern(OrderSubjects.complete)
  complete(@Payload(new EnvelopePipe(OrderIdCommand)) { caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.fulfilment.complete(requireCaller(caller), data.orderId);
  }
}
