import { OrderSubjects } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { OpenOrdersDto } from './open-orders.dto.js';
import { OpenOrdersService } from './open-orders.service.js';

export const OrdersController = rpcController(OpenOrdersService, (on) => [
  /** Internal: only the harvest-preorder service sends it (the gateway exposes no route to it). */
  on(OrderSubjects.openOrders, OpenOrdersDto, (openOrders, caller, data) => openOrders.open(data)),
]);
