import { Controller } from '@nestjs/common';
import { ListCompletedOrdersQuery, ListOrdersCommand, OrderIdCommand, OrderSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { requireCaller, Rpc } from '@app/messaging';
import { OrderViews } from './order-views.service.js';

@Controller()
export class OrderViewsController {
  constructor(private readonly views: OrderViews) {}

  @Rpc(OrderSubjects.get, OrderIdCommand)
  get({ caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.views.get(requireCaller(caller), data.orderId);
  }

  @Rpc(OrderSubjects.getPayment, OrderIdCommand)
  payment({ caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.views.payment(requireCaller(caller), data.orderId);
  }

  @Rpc(OrderSubjects.list, ListOrdersCommand)
  list({ caller, data }: RpcEnvelope<ListOrdersCommand>) {
    return this.views.list(requireCaller(caller), data);
  }

  /** Internal (reporting) or a dla_admin. */
  @Rpc(OrderSubjects.listCompleted, ListCompletedOrdersQuery)
  listCompleted({ caller, data }: RpcEnvelope<ListCompletedOrdersQuery>) {
    return this.views.listCompleted(caller, data);
  }
}
