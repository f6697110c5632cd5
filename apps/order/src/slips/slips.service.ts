import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sniffImageType } from '@app/contracts';
import type {
  Caller,
  OrderViewV1,
  PaymentSlipImageV1,
  RejectSlipCommand,
  SlipImageQuery,
  SubmitSlipCommand,
} from '@app/contracts';
import { DomainError } from '@app/messaging';
import { OrderOutbox } from '../events/order-events.js';
import { assertIsConsumer, assertMayManage, assertMayRead } from '../orders/order-access.policy.js';
import type { Order } from '../orders/order.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { OrderTransactions } from '../orders/order-transactions.js';
import { assertAcceptsSlip, assertSlipPending, duplicateSlip, readSlip } from './slip.policy.js';
import { SlipRepository } from './slip.repository.js';

@Injectable()
export class SlipsService {
  constructor(
    private readonly ds: DataSource,
    private readonly orders: OrderTransactions,
  ) {}

  /**
   * The consumer's bank slip, stored with the order for the producer to check. The order row is locked,
   * so the same slip sent twice for one order queues and the second answers the first (idempotent);
   * across orders the unique (bank, reference) index decides. A refused slip leaves nothing behind.
   */
  async submit(caller: Caller, cmd: SubmitSlipCommand): Promise<OrderViewV1> {
    const image = Buffer.from(cmd.imageBase64, 'base64');
    if (sniffImageType(image) !== cmd.contentType)
      throw DomainError.validation('slip', `the image is not ${cmd.contentType}`);
    const consumer = (c: Caller, o: Order) => assertIsConsumer(c, o, 'upload a payment slip');
    return this.orders.change(caller, cmd.orderId, consumer, async (em, order) => {
      const slip = readSlip(cmd.qrPayload);
      const existing = await SlipRepository.findByReference(em, slip.sendingBank, slip.transRef);
      if (existing?.orderId === order.id) return;
      if (existing) throw duplicateSlip(slip);
      const now = new Date();
      assertAcceptsSlip(order, now);
      const sha256 = createHash('sha256').update(image).digest('hex');
      const id = await SlipRepository.insert(em, {
        orderId: order.id,
        consumerId: order.consumerId,
        reference: slip.transRef,
        sendingBank: slip.sendingBank,
        image,
        contentType: cmd.contentType,
        sha256,
      });
      if (!id) throw duplicateSlip(slip);
      await OrderOutbox.paymentSlipSubmitted(
        em,
        order,
        { id, reference: slip.transRef, sendingBank: slip.sendingBank },
        now,
      );
    });
  }

  /**
   * ไม่ตรงยอด: the order's producer or its LAO admin rejects a pending slip with a reason the consumer reads
   * on the order page; the order leaves review and still asks for its money (a corrected slip, or a payment).
   */
  reject(caller: Caller, cmd: RejectSlipCommand): Promise<OrderViewV1> {
    return this.orders.change(caller, cmd.orderId, assertMayManage, async (em, order) => {
      const slip = await SlipRepository.lockOnOrder(em, order.id, cmd.slipId);
      if (!slip) throw DomainError.notFound('Slip', cmd.slipId);
      assertSlipPending(slip);
      await SlipRepository.reject(em, slip.id, cmd.reason, caller.userId);
    });
  }

  /** The image, for whoever may see the order (its consumer, its producer, the admins over its place). */
  async image(caller: Caller, q: SlipImageQuery): Promise<PaymentSlipImageV1> {
    const em = this.ds.manager;
    const order = await OrdersRepository.find(em, q.orderId);
    if (!order) throw DomainError.notFound('Order', q.orderId);
    assertMayRead(caller, order);
    const image = await SlipRepository.image(em, q.orderId, q.slipId);
    if (!image) throw DomainError.notFound('Slip', q.slipId);
    return image;
  }
}
