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
  const mine = (overrides: Parameters<typeof openOrder>[0] = {}) => openOrder({ producerId: a.producerId, consumerId: a.consumer.id, ...overrides });

  it('refuses to open a delivery order without a valid address, or a pickup order without its point', async () => {
    const noAddress = mine({ fulfilment: { type: 'delivery' } as never });
    await expect(open(sys, noAddress)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const badAddress = mine({ fulfilment: { type: 'delivery', address: { line1: 'x', districtCode: '5605', provinceCode: '56', postalCode: 'no', phone: '0812345678' } } });
    await expect(open(sys, badAddress)).rejects.toMatchObject({ fields: expect.arrayContaining([expect.objectContaining({ field: 'orders[0].fulfilment.address.postalCode' })]) });
    const noPoint = mine({ fulfilment: { type: 'pickup' } as never });
    await expect(open(sys, noPoint)).rejects.toMatchObject({ fields: expect.arrayContaining([expect.objectContaining({ field: 'orders[0].fulfilment.pickupPointId' })]) });
  });

});
