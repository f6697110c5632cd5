import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ListCompletedOrdersQuery, ListOrdersCommand, OrderIdCommand, OrderSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe, requireCaller } from '@app/messaging';
import { OrderViews } from './order-views.service.js';

@Controller()
export class OrderViewsController {
  constructor(private readonly views: OrderViews) {}

  @MessagePattern(OrderSubjects.get)
  get(@Payload(new EnvelopePipe(OrderIdCommand)) { caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.views.get(requireCaller(caller), data.orderId);
  }

  @MessagePattern(OrderSubjects.getPayment)
  payment(@Payload(new EnvelopePipe(OrderIdCommand)) { caller, data }: RpcEnvelope<OrderIdCommand>) {
    return this.views.payment(requireCaller(caller), data.orderId);
  }

  @MessagePattern(OrderSubjects.list)
  list(@Payload(new EnvelopePipe(ListOrdersCommand)) { caller, data }: RpcEnvelope<ListOrdersCommand>) {
    return this.views.list(requireCaller(caller), data);
  }

  /** Internal (reporting) or a dla_admin. */
  @MessagePattern(OrderSubjects.listCompleted)
  listCompleted(
    @Payload(new EnvelopePipe(ListCompletedOrdersQuery)) { caller, data }: RpcEnvelope<ListCompletedOrdersQuery>,
  ) {
    return this.views.listCompleted(caller, data);
  }
}
