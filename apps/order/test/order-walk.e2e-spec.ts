import { randomUUID } from 'node:crypto';
import { parse, validate } from 'promptparse';
import { OrderEvents, OrderSubjects } from '@app/contracts';
import type { CompletedOrderFactV1, OrderViewV1 } from '@app/contracts';
import { eventually } from '@app/testing';
import { crc16, readTlv } from './support/emvco.js';
import {
  allocated,
  bearer,
  getOrder,
  LAO,
  open,
  openOrder,
  orderStreamEvents,
  paymentInstructions,
  postOrders,
  recordPayment,
  untilStatus,
  useOrderSystem,
} from './support/order-fixtures.js';

describe('order walk: deposit → short harvest with refund → balance → pickup → completion', () => {
  const t = useOrderSystem();

  it('settles two orders of one batch after a short harvest and raises one order.completed each, with the right figures', async () => {
    const batchId = randomUUID();
    const productId = randomUUID();
    const pickupPointId = randomUUID();
    const common = {
      batchId,
      productId,
      producerId: t.a.producerId,
      fulfilment: { type: 'pickup' as const, pickupPointId, pickupPointName: 'ตลาดเทศบาลดอกคำใต้' },
    };
    // 10 kg at 100 baht each, 30% deposit = 300 baht
    const short = openOrder({ ...common, consumerId: t.a.consumer.id });
    const partial = openOrder({ ...common, consumerId: t.a.otherConsumer.id });
    await open(t.sys, short, partial);

    // the consumer's own order answers at once, with its deposit due
    const opened = await getOrder(t.sys, t.a.consumer.token, short.orderId);
    expect(opened).toMatchObject({
      status: 'awaiting_deposit',
      requestedQuantity: 10,
      quantity: 10,
      goodsTotalSatang: 100_000,
      depositDueSatang: 30_000,
      amountDueSatang: 30_000,
    });

    // PromptPay instructions for exactly the deposit, read back by independent parsers
    const instr = await paymentInstructions(t.sys, t.a.consumer.token, short.orderId);
    expect(instr.amountDueSatang).toBe(30_000);
    const payload: string = instr.promptPay.payload;
    expect(parse(payload, true)).not.toBeNull(); // strict: CRC checked by promptparse's parser
    expect(validate.anyId(payload)).toEqual({ type: 'MSISDN', target: '0812345678', amount: 300 });
    const tags = readTlv(payload);
    expect(tags.get('54')).toBe('300.00');
    expect(readTlv(tags.get('29')!).get('01')).toBe('0066812345678');
    expect(tags.get('63')).toBe(crc16(payload.slice(0, -4)));
    expect(instr.promptPay.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    // deposits: the producer records one in full; the LAO admin records the other in two parts
    await recordPayment(t.sys, t.a.producer.token, short.orderId, 30_000, 'promptpay', `DEP-${short.orderId}`).expect(
      201,
    );
    await recordPayment(t.sys, t.a.laoAdmin.token, partial.orderId, 10_000, 'cash', `DEP1-${partial.orderId}`).expect(
      201,
    );
    expect((await getOrder(t.sys, t.a.otherConsumer.token, partial.orderId)).status).toBe('awaiting_deposit');
    await recordPayment(
      t.sys,
      t.a.laoAdmin.token,
      partial.orderId,
      20_000,
      'transfer',
      `DEP2-${partial.orderId}`,
    ).expect(201);
    expect((await getOrder(t.sys, t.a.consumer.token, short.orderId)).status).toBe('reserved');
    expect((await getOrder(t.sys, t.a.otherConsumer.token, partial.orderId)).status).toBe('reserved');
    // before harvest nothing more is due
    const early = await recordPayment(
      t.sys,
      t.a.producer.token,
      partial.orderId,
      1,
      'cash',
      `EARLY-${partial.orderId}`,
    ).expect(400);
    expect(early.body).toMatchObject({ code: 'AMOUNT_EXCEEDS_DUE', fields: [{ field: 'amountSatang' }] });

    // short harvest: 2 kg for one (deposit 300 > new total 200 → refund 100 baht due, nothing more to pay), 6 kg for the other
    await allocated(t.nc, short, 2);
    await allocated(t.nc, partial, 6);
    const settled = await untilStatus(t.sys, t.a.consumer.token, short.orderId, 'paid');
    expect(settled).toMatchObject({
      requestedQuantity: 10,
      quantity: 2,
      goodsTotalSatang: 20_000,
      paidSatang: 30_000,
      refundedSatang: 10_000,
      amountDueSatang: 0,
    });
    expect(settled.refunds).toEqual([
      expect.objectContaining({ amountSatang: 10_000, reason: 'allocation_short', status: 'due' }),
    ]);
    const owing = await untilStatus(t.sys, t.a.otherConsumer.token, partial.orderId, 'awaiting_balance');
    expect(owing).toMatchObject({
      requestedQuantity: 10,
      quantity: 6,
      goodsTotalSatang: 60_000,
      paidSatang: 30_000,
      refundedSatang: 0,
      amountDueSatang: 30_000,
    });
    expect(owing.refunds).toEqual([]);

    // the refund is paid back (due → paid), once
    const refundId = settled.refunds[0].id;
    const refunded = await postOrders(t.sys, t.a.producer.token, `${short.orderId}/refunds/${refundId}/pay`, {
      method: 'transfer',
      reference: `RF-${short.orderId}`,
    }).expect(200);
    expect(refunded.body.refunds[0]).toMatchObject({
      status: 'paid',
      method: 'transfer',
      reference: `RF-${short.orderId}`,
    });
    const twice = await postOrders(t.sys, t.a.producer.token, `${short.orderId}/refunds/${refundId}/pay`, {
      method: 'transfer',
      reference: 'again',
    }).expect(409);
    expect(twice.body.code).toBe('ILLEGAL_TRANSITION');

    // the balance: instructions for exactly 300 baht, then more than due is refused, the exact amount accepted
    const balance = await paymentInstructions(t.sys, t.a.otherConsumer.token, partial.orderId);
    expect(balance.amountDueSatang).toBe(30_000);
    expect(validate.anyId(balance.promptPay.payload)?.amount).toBe(300);
    await recordPayment(
      t.sys,
      t.a.producer.token,
      partial.orderId,
      30_001,
      'promptpay',
      `BAL-X-${partial.orderId}`,
    ).expect(400);
    const paid = await recordPayment(
      t.sys,
      t.a.producer.token,
      partial.orderId,
      30_000,
      'promptpay',
      `BAL-${partial.orderId}`,
    ).expect(201);
    expect(paid.body).toMatchObject({ status: 'paid', paidSatang: 60_000, amountDueSatang: 0 });
    const none = await paymentInstructions(t.sys, t.a.otherConsumer.token, partial.orderId);
    expect(none).toEqual({ orderId: partial.orderId, status: 'paid', amountDueSatang: 0, promptPay: null });

    // the producer sees what to prepare at the pickup point
    const list = await t.sys
      .http()
      .get('/api/v1/orders')
      .query({ batchId })
      .set(bearer(t.a.producer.token))
      .expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.toPrepare).toEqual([
      expect.objectContaining({
        fulfilment: 'pickup',
        pickupPointId,
        productId,
        quantity: 8,
        orders: 2,
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);

    // pickup
    for (const o of [short, partial]) {
      await postOrders(t.sys, t.a.producer.token, `${o.orderId}/ready`).expect(200);
      const h = await postOrders(t.sys, t.a.laoAdmin.token, `${o.orderId}/handover`).expect(200);
      expect(h.body.status).toBe('picked_up');
      expect(new Date(h.body.autoCompleteAt).getTime() - new Date(h.body.handedOverAt).getTime()).toBe(7 * 86_400_000);
    }
    // only the consumer confirms receipt
    await postOrders(t.sys, t.a.producer.token, `${short.orderId}/complete`).expect(403);
    await postOrders(t.sys, t.a.otherConsumer.token, `${short.orderId}/complete`).expect(404);
    const doneShort: OrderViewV1 = (
      await postOrders(t.sys, t.a.consumer.token, `${short.orderId}/complete`).expect(200)
    ).body;
    const donePartial: OrderViewV1 = (
      await postOrders(t.sys, t.a.otherConsumer.token, `${partial.orderId}/complete`).expect(200)
    ).body;
    expect(doneShort.status).toBe('completed');
    expect((await postOrders(t.sys, t.a.consumer.token, `${short.orderId}/complete`).expect(409)).body.code).toBe(
      'ILLEGAL_TRANSITION',
    );
    expect(doneShort.history.map((h) => h.to)).toEqual([
      'awaiting_deposit',
      'reserved',
      'paid',
      'ready_for_pickup',
      'picked_up',
      'completed',
    ]);

    const expected = (o: typeof short, done: OrderViewV1, consumerId: string, quantity: number, goods: number) => ({
      orderId: o.orderId,
      completedAt: done.completedAt,
      consumerId,
      producerId: t.a.producerId,
      producerKind: 'community_enterprise',
      producerMemberCount: 12,
      ...LAO,
      productId,
      category: 'fruit',
      quantity,
      goodsTotalSatang: goods,
      consumerPhone: null, // a pickup order knows no consumer phone (a delivery carries its address's)
    });
    await eventually(async () => {
      const events = await orderStreamEvents(t.nc);
      const completed = events.filter(
        (e) => e.type === OrderEvents.completed && [short.orderId, partial.orderId].includes(e.data.orderId),
      );
      expect(completed).toHaveLength(2);
      expect(completed.find((e) => e.data.orderId === short.orderId)!.data).toEqual(
        expected(short, doneShort, t.a.consumer.id, 2, 20_000),
      );
      expect(completed.find((e) => e.data.orderId === partial.orderId)!.data).toEqual(
        expected(partial, donePartial, t.a.otherConsumer.id, 6, 60_000),
      );
      expect(completed.every((e) => e.version === 1 && e.id && e.occurredAt)).toBe(true);
    });

    // reporting's reconciliation sees the same two sales
    const facts = await t.sys.rpc<CompletedOrderFactV1[]>(OrderSubjects.listCompleted, {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
      laoCode: LAO.laoCode,
    });
    expect(facts.filter((f) => f.productId === productId)).toEqual(
      expect.arrayContaining([
        { ...expected(short, doneShort, t.a.consumer.id, 2, 20_000), refundedSatang: 0, fullyRefunded: false },
        { ...expected(partial, donePartial, t.a.otherConsumer.id, 6, 60_000), refundedSatang: 0, fullyRefunded: false },
      ]),
    );
  });

  it('delivers an order without deposit, then refunds it in a dispute in two parts (order.refunded each time)', async () => {
    const o = openOrder({
      producerId: t.a.producerId,
      consumerId: t.a.consumer.id,
      quantity: 3,
      depositPercent: 0,
      deliveryFeeSatang: 5_000,
      fulfilment: {
        type: 'delivery',
        address: {
          line1: '12 หมู่ 3',
          districtCode: '5605',
          provinceCode: '56',
          postalCode: '56120',
          phone: '0812345678',
        },
      },
    });
    await open(t.sys, o);
    expect(await getOrder(t.sys, t.a.consumer.token, o.orderId)).toMatchObject({
      status: 'reserved',
      amountDueSatang: 0,
      depositDeadline: null,
    });
    await allocated(t.nc, o, 3);
    expect(await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'awaiting_balance')).toMatchObject({
      quantity: 3,
      totalSatang: 35_000,
      amountDueSatang: 35_000,
    });
    await postOrders(t.sys, t.a.producer.token, `${o.orderId}/payments`, {
      amountSatang: 35_000,
      method: 'transfer',
      reference: `ALL-${o.orderId}`,
      slipUrl: 'https://example.com/slip.jpg',
    }).expect(201);

    // a delivery order is shipped, not made ready
    expect((await postOrders(t.sys, t.a.producer.token, `${o.orderId}/ready`).expect(409)).body.code).toBe(
      'ILLEGAL_TRANSITION',
    );
    const bad = await postOrders(t.sys, t.a.producer.token, `${o.orderId}/ship`, { carrier: ' ' }).expect(400);
    expect([...new Set(bad.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual([
      'carrier',
      'trackingNumber',
    ]);
    const shipped = await postOrders(t.sys, t.a.producer.token, `${o.orderId}/ship`, {
      carrier: 'ไปรษณีย์ไทย',
      trackingNumber: 'EF123456789TH',
    }).expect(200);
    expect(shipped.body).toMatchObject({
      status: 'shipped',
      shipment: { carrier: 'ไปรษณีย์ไทย', trackingNumber: 'EF123456789TH' },
    });
    expect((await postOrders(t.sys, t.a.producer.token, `${o.orderId}/handover`).expect(200)).body.status).toBe(
      'delivered',
    );

    // a dispute before completion is refused; after it, refunds up to what was paid
    expect(
      (
        await postOrders(t.sys, t.a.producer.token, `${o.orderId}/refund`, { amountSatang: 100, reason: 'x' }).expect(
          409,
        )
      ).body.code,
    ).toBe('ILLEGAL_TRANSITION');
    await postOrders(t.sys, t.a.consumer.token, `${o.orderId}/complete`).expect(200);
    expect(
      (
        await postOrders(t.sys, t.a.consumer.token, `${o.orderId}/refund`, { amountSatang: 100, reason: 'x' }).expect(
          403,
        )
      ).body.code,
    ).toBe('FORBIDDEN');
    const first = await postOrders(t.sys, t.a.laoAdmin.token, `${o.orderId}/refund`, {
      amountSatang: 10_000,
      reason: 'ผลไม้ช้ำ 1 กก.',
    }).expect(201);
    expect(first.body).toMatchObject({ status: 'refunded', refundedSatang: 10_000 });
    expect(
      (
        await postOrders(t.sys, t.a.producer.token, `${o.orderId}/refund`, {
          amountSatang: 25_001,
          reason: 'too much',
        }).expect(400)
      ).body.code,
    ).toBe('AMOUNT_EXCEEDS_DUE');
    const rest = await postOrders(t.sys, t.a.producer.token, `${o.orderId}/refund`, {
      amountSatang: 25_000,
      reason: 'คืนทั้งหมด',
    }).expect(201);
    expect(
      rest.body.refunds.map((r: { amountSatang: number; reason: string; status: string }) => [
        r.amountSatang,
        r.reason,
        r.status,
      ]),
    ).toEqual([
      [10_000, 'dispute', 'due'],
      [25_000, 'dispute', 'due'],
    ]);

    await eventually(async () => {
      const events = await orderStreamEvents(t.nc, o.orderId);
      expect(events.map((e) => e.type)).toEqual([OrderEvents.completed, OrderEvents.refunded, OrderEvents.refunded]);
      // the report flags a sale to the producer's own phone: a delivery's completion carries its address's phone
      expect(events[0].data).toMatchObject({ consumerPhone: '0812345678' });
      expect(events[1].data).toMatchObject({
        amountSatang: 10_000,
        fullyRefunded: false,
        producerId: t.a.producerId,
        ...LAO,
        category: 'fruit',
      });
      expect(events[2].data).toMatchObject({ amountSatang: 25_000, fullyRefunded: true });
      expect(Object.keys(events[1].data).sort()).toEqual(
        [
          'orderId',
          'refundedAt',
          'amountSatang',
          'producerId',
          'producerKind',
          'producerMemberCount',
          'laoCode',
          'districtCode',
          'provinceCode',
          'productId',
          'category',
          'fullyRefunded',
        ].sort(),
      );
    });
    const facts = await t.sys.rpc<CompletedOrderFactV1[]>(OrderSubjects.listCompleted, {
      from: '2000-01-01T00:00:00Z',
      to: '2100-01-01T00:00:00Z',
    });
    expect(facts.find((f) => f.orderId === o.orderId)).toMatchObject({
      quantity: 3,
      goodsTotalSatang: 30_000,
      refundedSatang: 35_000,
      fullyRefunded: true,
    });
  });
});
