import { ListCompletedOrdersQuery, ListOrdersCommand, OrderIdCommand, OrderSubjects } from '@app/contracts';
import { requireCaller, rpcController } from '@app/messaging';
import { OrderViews } from './order-views.service.js';

export const OrderViewsController = rpcController(OrderViews, (on) => [
  on(OrderSubjects.get, OrderIdCommand, (views, caller, data) => views.get(requireCaller(caller), data.orderId)),
  on(OrderSubjects.getPayment, OrderIdCommand, (views, caller, data) =>
    views.payment(requireCaller(caller), data.orderId),
  ),
  on(OrderSubjects.list, ListOrdersCommand, (views, caller, data) => views.list(requireCaller(caller), data)),
  /** Internal (reporting) or a dla_admin. */
  on(OrderSubjects.listCompleted, ListCompletedOrdersQuery, (views, caller, data) => views.listCompleted(caller, data)),
]);
