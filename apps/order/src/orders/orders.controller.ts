import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { OpenOrdersDto } from './open-orders.dto.js';
import { OpenOrdersService } from './open-orders.service.js';

@Controller()
export class OrdersController {
  constructor(private readonly openOrders: OpenOrdersService) {}

  /** Internal: only the harvest-preorder service sends it (the gateway exposes no route to it). */
  @MessagePattern(OrderSubjects.openOrders)
  open(@Payload(new EnvelopePipe(OpenOrdersDto)) { data }: RpcEnvelope<OpenOrdersDto>) {
    return this.openOrders.open(data);
  }
}
