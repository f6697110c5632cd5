import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  DisputeRefundBody,
  ListOrdersCommand,
  ListOrdersQuery,
  OrderSubjects,
  PayRefundBody,
  RecordPaymentBody,
  ShipOrderBody,
} from '@app/contracts';
import { OrderListV1, OrderViewV1, PaymentInstructionsV1 } from '@app/contracts';
import { Act, Create, Read } from '../http/endpoint.js';
import { OrderParams, RefundParams } from '../http/path-params.js';
import { Ctx } from '../identity/auth.guard.js';
import { IdentityService } from '../identity/identity.service.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

/**
 * Orders and their money. The order service enforces who may do what: the consumer sees and completes
 * their own orders (someone else's answers 404); the producer or the admin of the order's LAO records
 * payments, refunds and fulfilment (another producer's order answers 403). No @Roles here: a role
 * check at the gateway would answer 403 where the rule is 404 (a consumer on someone else's order).
 */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly services: ServiceClient,
    private readonly identity: IdentityService,
  ) {}

  @Read(undefined, {
    summary:
      'Orders I may see, paged: a consumer its own; a producer its own plus `toPrepare` per pickup point and date; an admin its LAO / province / all',
    description:
      "`q` finds an order by number or by the consumer's phone; the phone of a login is known only here (identity), so the gateway turns it into the consumer's id.",
    type: OrderListV1,
  })
  async list(@Query() query: ListOrdersQuery, @Ctx() ctx: RequestContext) {
    const holder = query.q && /^0\d{8,9}$/.test(query.q) ? await this.identity.loginOfPhone(query.q) : null;
    const command: ListOrdersCommand = { ...query, ...(holder ? { consumerId: holder.id } : {}) };
    return this.services.call<OrderListV1>(OrderSubjects.list, command, ctx);
  }

  @Read(':id', {
    summary: 'One order with its payments, refunds and status history (money in satang)',
    type: OrderViewV1,
  })
  get(@Param() p: OrderParams, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.get, { orderId: p.id }, ctx);
  }

  @Read(':id/payment', {
    summary:
      'What to pay now: amountDueSatang and a PromptPay QR (EMVCo payload and SVG) for exactly that amount; promptPay is null when nothing is due',
    type: PaymentInstructionsV1,
  })
  payment(@Param() p: OrderParams, @Ctx() ctx: RequestContext) {
    return this.services.call<PaymentInstructionsV1>(OrderSubjects.getPayment, { orderId: p.id }, ctx);
  }

  @Create(':id/payments', {
    summary:
      'Record a payment received (producer or LAO admin). More than due → 400 AMOUNT_EXCEEDS_DUE; a reference already recorded for this producer → 409 DUPLICATE; a cancelled or expired order → 409',
    returns: 'The order with the payment recorded',
    type: OrderViewV1,
  })
  recordPayment(@Param() p: OrderParams, @Body() body: RecordPaymentBody, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.recordPayment, { ...body, orderId: p.id }, ctx);
  }

  @Act(':id/refunds/:refundId/pay', {
    summary:
      'Mark a refund that is due as paid back, with method and reference (producer or LAO admin); paid twice → 409',
    returns: 'The order with the refund paid',
    type: OrderViewV1,
  })
  payRefund(@Param() p: RefundParams, @Body() body: PayRefundBody, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(
      OrderSubjects.payRefund,
      { ...body, orderId: p.id, refundId: p.refundId },
      ctx,
    );
  }

  @Create(':id/refund', {
    summary:
      'Dispute after completion: refund part or all of a completed order (producer or LAO admin). The order becomes refunded, a refund record is due, and order.refunded is raised',
    returns: 'The order, now refunded, with the refund due',
    type: OrderViewV1,
  })
  refund(@Param() p: OrderParams, @Body() body: DisputeRefundBody, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.refund, { ...body, orderId: p.id }, ctx);
  }

  @Act(':id/ready', { summary: 'Pickup order ready at the pickup point: paid → ready_for_pickup', type: OrderViewV1 })
  ready(@Param() p: OrderParams, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.markReady, { orderId: p.id }, ctx);
  }

  @Act(':id/ship', { summary: 'Delivery order handed to a carrier: paid → shipped', type: OrderViewV1 })
  ship(@Param() p: OrderParams, @Body() body: ShipOrderBody, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.ship, { ...body, orderId: p.id }, ctx);
  }

  @Act(':id/handover', {
    summary:
      'Goods handed over: ready_for_pickup → picked_up, shipped → delivered. Completes by itself after N days (autoCompleteAt)',
    type: OrderViewV1,
  })
  handover(@Param() p: OrderParams, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.handover, { orderId: p.id }, ctx);
  }

  @Act(':id/complete', {
    summary: 'The consumer confirms receipt: picked_up | delivered → completed (raises order.completed)',
    type: OrderViewV1,
  })
  complete(@Param() p: OrderParams, @Ctx() ctx: RequestContext) {
    return this.services.call<OrderViewV1>(OrderSubjects.complete, { orderId: p.id }, ctx);
  }
}
