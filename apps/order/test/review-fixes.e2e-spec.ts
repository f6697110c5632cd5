import { OrderEvents, OrderSubjects } from '@app/contracts';
import type { SweepResultV1 } from '@app/contracts';
import { eventually } from '@app/testing';
import {
  allocated,
  getOrder,
  open,
  orderStreamEvents,
  ownOrder,
  paymentInstructions,
  recordPayment,
  reservationCancelled,
  untilPreorderEventsApplied,
  untilStatus,
  useOrderSystem,
} from './support/order-fixtures.js';

const HOUR = 3_600_000;

describe('order service: rules found in review', () => {
  const t = useOrderSystem({ ORDER_ALLOW_CLOCK_OVERRIDE: 'true' });

  const sweep = (asOf: Date) => t.sys.rpc<SweepResultV1>(OrderSubjects.runSweeps, { asOf: asOf.toISOString() });

  it('refuses to open a delivery order without a valid address, or a pickup order without its point', async () => {
    const noAddress = ownOrder(t.a, { fulfilment: { type: 'delivery' } as never });
    await expect(open(t.sys, noAddress)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const badAddress = ownOrder(t.a, {
      fulfilment: {
        type: 'delivery',
        address: { line1: 'x', districtCode: '5605', provinceCode: '56', postalCode: 'no', phone: '0812345678' },
      },
    });
    await expect(open(t.sys, badAddress)).rejects.toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ field: 'orders[0].fulfilment.address.postalCode' })]),
    });
    const noPoint = ownOrder(t.a, { fulfilment: { type: 'pickup' } as never });
    await expect(open(t.sys, noPoint)).rejects.toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ field: 'orders[0].fulfilment.pickupPointId' })]),
    });
    const tooDear = ownOrder(t.a, { quantity: 10_000, unitPriceSatang: 100_000_000 });
    await expect(open(t.sys, tooDear)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('a newly opened order has its starting status in its history', async () => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    const got = await getOrder(t.sys, t.a.consumer.token, o.orderId);
    expect(got.history).toEqual([
      expect.objectContaining({ from: null, to: 'awaiting_deposit', trigger: 'open', by: 'system' }),
    ]);
  });

  it('after the payment deadline the payment instructions show no QR and nothing due, even before the sweep ran', async () => {
    // the periodic sweep runs once a minute by default: it has not expired this order yet
    const o = ownOrder(t.a, { reservedAt: new Date(Date.now() - 25 * HOUR).toISOString() });
    await open(t.sys, o);
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('awaiting_deposit');
    const res = await paymentInstructions(t.sys, t.a.consumer.token, o.orderId);
    expect(res).toMatchObject({ amountDueSatang: 0, promptPay: null, deadlinePassed: true });
  });

  it('allocated while its deposit is unpaid: the balance is due by the deposit deadline, then it expires and raises order.expired', async () => {
    const reservedAt = new Date(Date.now() - HOUR);
    const o = ownOrder(t.a, { quantity: 10, reservedAt: reservedAt.toISOString() });
    await open(t.sys, o);
    await allocated(t.nc, o, 6);
    const moved = await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'awaiting_balance');
    expect(moved).toMatchObject({
      quantity: 6,
      depositDeadline: new Date(reservedAt.getTime() + 24 * HOUR).toISOString(),
    });
    const pay = await paymentInstructions(t.sys, t.a.consumer.token, o.orderId);
    expect(pay.amountDueSatang).toBe(60_000);

    // the sweep covers every order of this suite: look at this one
    await sweep(new Date(reservedAt.getTime() + 24 * HOUR - 1000));
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('awaiting_balance');
    await sweep(new Date(reservedAt.getTime() + 24 * HOUR + 1000));
    const expired = await getOrder(t.sys, t.a.consumer.token, o.orderId);
    expect(expired.status).toBe('expired');
    await eventually(async () => {
      const events = await orderStreamEvents(t.nc, o.orderId);
      expect(events.map((e) => e.type)).toEqual([OrderEvents.expired]);
      expect(events[0].data).toMatchObject({ reservationId: o.reservationId, quantity: 6 });
    });
  });

  it('allocated after the deposit was paid: no deadline runs any more', async () => {
    const reservedAt = new Date(Date.now() - HOUR);
    const o = ownOrder(t.a, { quantity: 10, reservedAt: reservedAt.toISOString() });
    await open(t.sys, o);
    await recordPayment(t.sys, t.a.producer.token, o.orderId, 30_000, 'cash', `DEP-${o.orderId}`).expect(201);
    await allocated(t.nc, o, 10);
    await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'awaiting_balance');
    await sweep(new Date(reservedAt.getTime() + 48 * HOUR));
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('awaiting_balance');
  });

  it('a cancellation that arrives before its order was opened leaves a tombstone: the order opens cancelled', async () => {
    const o = ownOrder(t.a);
    await reservationCancelled(t.nc, o);
    await untilPreorderEventsApplied(t.nc);
    await open(t.sys, o);
    const got = await getOrder(t.sys, t.a.consumer.token, o.orderId);
    expect(got).toMatchObject({ status: 'cancelled', amountDueSatang: 0 });
    expect(got.history).toEqual([
      expect.objectContaining({ from: null, to: 'cancelled', trigger: 'reservation_cancelled' }),
    ]);
    // and a second opening (a retry) changes nothing
    await open(t.sys, o);
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).history).toHaveLength(1);
  });

  it('an allocation of nothing before the order was opened: the order opens cancelled too', async () => {
    const o = ownOrder(t.a);
    await allocated(t.nc, o, 0);
    await untilPreorderEventsApplied(t.nc);
    await open(t.sys, o);
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('cancelled');
  });
});
