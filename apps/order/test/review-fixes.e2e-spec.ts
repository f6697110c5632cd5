import type { NatsConnection } from '@nats-io/transport-node';
import { OrderEvents, OrderSubjects } from '@app/contracts';
import type { SweepResultV1 } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import {
  Actors,
  allocated,
  bearer,
  getOrder,
  makeActors,
  natsOf,
  open,
  openOrder,
  orderStreamEvents,
  reservationCancelled,
  untilPreorderEventsApplied,
  untilStatus,
} from './support/order-fixtures.js';

const HOUR = 3_600_000;

describe('order service: rules found in review', () => {
  let sys: TestSystem;
  let nc: NatsConnection;
  let a: Actors;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'order'], env: { ORDER_ALLOW_CLOCK_OVERRIDE: 'true' } });
    nc = await natsOf(sys);
    a = await makeActors(sys);
  });
  afterAll(async () => {
    await nc?.close();
    await sys?.close();
  });

  const sweep = (asOf: Date) => sys.rpc<SweepResultV1>(OrderSubjects.runSweeps, { asOf: asOf.toISOString() });
  const mine = (overrides: Parameters<typeof openOrder>[0] = {}) =>
    openOrder({ producerId: a.producerId, consumerId: a.consumer.id, ...overrides });

  it('refuses to open a delivery order without a valid address, or a pickup order without its point', async () => {
    const noAddress = mine({ fulfilment: { type: 'delivery' } as never });
    await expect(open(sys, noAddress)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const badAddress = mine({
      fulfilment: {
        type: 'delivery',
        address: { line1: 'x', districtCode: '5605', provinceCode: '56', postalCode: 'no', phone: '0812345678' },
      },
    });
    await expect(open(sys, badAddress)).rejects.toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ field: 'orders[0].fulfilment.address.postalCode' })]),
    });
    const noPoint = mine({ fulfilment: { type: 'pickup' } as never });
    await expect(open(sys, noPoint)).rejects.toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ field: 'orders[0].fulfilment.pickupPointId' })]),
    });
    const tooDear = mine({ quantity: 10_000, unitPriceSatang: 100_000_000 });
    await expect(open(sys, tooDear)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('a newly opened order has its starting status in its history', async () => {
    const o = mine();
    await open(sys, o);
    const got = await getOrder(sys, a.consumer.token, o.orderId);
    expect(got.history).toEqual([
      expect.objectContaining({ from: null, to: 'awaiting_deposit', trigger: 'open', by: 'system' }),
    ]);
  });

  it('after the payment deadline the payment instructions show no QR and nothing due, even before the sweep ran', async () => {
    // the periodic sweep runs once a minute by default: it has not expired this order yet
    const o = mine({ reservedAt: new Date(Date.now() - 25 * HOUR).toISOString() });
    await open(sys, o);
    expect((await getOrder(sys, a.consumer.token, o.orderId)).status).toBe('awaiting_deposit');
    const res = await sys.http().get(`/api/v1/orders/${o.orderId}/payment`).set(bearer(a.consumer.token)).expect(200);
    expect(res.body).toMatchObject({ amountDueSatang: 0, promptPay: null, deadlinePassed: true });
  });

  it('allocated while its deposit is unpaid: the balance is due by the deposit deadline, then it expires and raises order.expired', async () => {
    const reservedAt = new Date(Date.now() - HOUR);
    const o = mine({ quantity: 10, reservedAt: reservedAt.toISOString() });
    await open(sys, o);
    await allocated(nc, o, 6);
    const moved = await untilStatus(sys, a.consumer.token, o.orderId, 'awaiting_balance');
    expect(moved).toMatchObject({
      quantity: 6,
      depositDeadline: new Date(reservedAt.getTime() + 24 * HOUR).toISOString(),
    });
    const pay = await sys.http().get(`/api/v1/orders/${o.orderId}/payment`).set(bearer(a.consumer.token)).expect(200);
    expect(pay.body.amountDueSatang).toBe(60_000);

    // the sweep covers every order of this suite: look at this one
    await sweep(new Date(reservedAt.getTime() + 24 * HOUR - 1000));
    expect((await getOrder(sys, a.consumer.token, o.orderId)).status).toBe('awaiting_balance');
    await sweep(new Date(reservedAt.getTime() + 24 * HOUR + 1000));
    const expired = await getOrder(sys, a.consumer.token, o.orderId);
    expect(expired.status).toBe('expired');
    await eventually(async () => {
      const events = await orderStreamEvents(nc, o.orderId);
      expect(events.map((e) => e.type)).toEqual([OrderEvents.expired]);
      expect(events[0].data).toMatchObject({ reservationId: o.reservationId, quantity: 6 });
    });
  });

  it('allocated after the deposit was paid: no deadline runs any more', async () => {
    const reservedAt = new Date(Date.now() - HOUR);
    const o = mine({ quantity: 10, reservedAt: reservedAt.toISOString() });
    await open(sys, o);
    await sys
      .http()
      .post(`/api/v1/orders/${o.orderId}/payments`)
      .set(bearer(a.producer.token))
      .send({ amountSatang: 30_000, method: 'cash', reference: `DEP-${o.orderId}` })
      .expect(201);
    await allocated(nc, o, 10);
    await untilStatus(sys, a.consumer.token, o.orderId, 'awaiting_balance');
    await sweep(new Date(reservedAt.getTime() + 48 * HOUR));
    expect((await getOrder(sys, a.consumer.token, o.orderId)).status).toBe('awaiting_balance');
  });

  it('a cancellation that arrives before its order was opened leaves a tombstone: the order opens cancelled', async () => {
    const o = mine();
    await reservationCancelled(nc, o);
    await untilPreorderEventsApplied(nc);
    await open(sys, o);
    const got = await getOrder(sys, a.consumer.token, o.orderId);
    expect(got).toMatchObject({ status: 'cancelled', amountDueSatang: 0 });
    expect(got.history).toEqual([
      expect.objectContaining({ from: null, to: 'cancelled', trigger: 'reservation_cancelled' }),
    ]);
    // and a second opening (a retry) changes nothing
    await open(sys, o);
    expect((await getOrder(sys, a.consumer.token, o.orderId)).history).toHaveLength(1);
  });

  it('an allocation of nothing before the order was opened: the order opens cancelled too', async () => {
    const o = mine();
    await allocated(nc, o, 0);
    await untilPreorderEventsApplied(nc);
    await open(sys, o);
    expect((await getOrder(sys, a.consumer.token, o.orderId)).status).toBe('cancelled');
  });
});
