import { OrderIdCommand, OrderSubjects, ShipOrderCommand } from '@app/contracts';
import { requireCaller, rpcController } from '@app/messaging';
import { FulfilmentService } from './fulfilment.service.js';

export const FulfilmentController = rpcController(FulfilmentService, (on) => [
  on(OrderSubjects.markReady, OrderIdCommand, (fulfilment, caller, data) =>
    fulfilment.ready(requireCaller(caller), data.orderId),
  ),
  on(OrderSubjects.ship, ShipOrderCommand, (fulfilment, caller, data) => fulfilment.ship(requireCaller(caller), data)),
  on(OrderSubjects.handover, OrderIdCommand, (fulfilment, caller, data) =>
    fulfilment.handover(requireCaller(caller), data.orderId),
  ),
  on(OrderSubjects.complete, OrderIdCommand, (fulfilment, caller, data) =>
    fulfilment.complete(requireCaller(caller), data.orderId),
  ),
]);
