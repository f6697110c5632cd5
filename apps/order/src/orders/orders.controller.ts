import { OrderSubjects } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { OpenOrdersService } from './open-orders.service.js';
import { validateOpenOrders } from './open-orders.validation.js';

export const OrdersController = rpcController(OpenOrdersService, (on) => [
  /**
   * Internal: only the harvest-preorder service sends it (the gateway exposes no route to it). Its data is
   * validated against OpenOrdersDto by validateOpenOrders (an exact fast path, then the full validation the
   * table's DTO column would run), not by the envelope pipe.
   */
  on(OrderSubjects.openOrders, undefined, async (openOrders, caller, data: unknown) =>
    openOrders.open(await validateOpenOrders(data)),
  ),
]);
