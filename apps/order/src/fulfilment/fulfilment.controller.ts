import { Controller } from '@nestjs/common';
import { OrderIdCommand, OrderSubjects, ShipOrderCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { requireCaller, Rpc } from '@app/messaging';
import { FulfilmentService } from './fulfilment.service.js';

@Controller()
export class FulfilmentController {
  constructor(private readonly fulfilment: FulfilmentService) {}

  @Rpc(OrderSubjects.markReady, OrderIdCommand)
  ready({ caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.fulfilment.ready(requireCaller(caller), data.orderId);
  }

  @Rpc(OrderSubjects.ship, ShipOrderCommand)
  ship({ caller, data }: RpcEnvelope<ShipOrderCommand>) {
    return this.fulfilment.ship(requireCaller(caller), data);
  }

  @Rpc(OrderSubjects.handover, OrderIdCommand)
  handover({ caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.fulfilment.handover(requireCaller(caller), data.orderId);
  }

  @Rpc(OrderSubjects.complete, OrderIdCommand)
  complete({ caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.fulfilment.complete(requireCaller(caller), data.orderId);
  }
}
