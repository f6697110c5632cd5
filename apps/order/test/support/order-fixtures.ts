import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAMS, OrderEvents, OrderSubjects, PreorderEvents } from '@app/contracts';
import type {
  IntegrationEvent,
  OpenOrderV1,
  OrderViewV1,
  PaymentMethod,
  ReservationAllocatedV1,
  ReservationCancelledV1,
} from '@app/contracts';
import type { Env } from '@app/config';
import {
  bearer,
  eventually,
  farmerProducerBody,
  postPayment,
  publishEvent,
  TestSystem,
  useTestSystem,
} from '@app/testing';
import type { Suite } from '@app/testing';

/** เทศบาลเมืองดอกคำใต้, พะเยา: a real LAO, so the gateway lets admins bind logins to it. */
export const LAO = { laoCode: '4560501', districtCode: '5605', provinceCode: '56' };
/** เทศบาลตำบลบ้านถ้ำ, same district: another LAO whose admin has no say over these orders. */
export const OTHER_LAO = '5560502';

export interface Actors {
  consumer: { id: string; token: string };
  otherConsumer: { id: string; token: string };
  producerId: string;
  producer: { id: string; token: string };
  otherProducer: { id: string; token: string };
  laoAdmin: { id: string; token: string };
  otherLaoAdmin: { id: string; token: string };
}

/** A consumer, another consumer, the producer of the orders, another producer of the same LAO, and its admin. */
export async function makeActors(sys: TestSystem): Promise<Actors> {
  // a producer login must be bound to a catalog producer of its LAO
  const producerId = await catalogProducer(sys);
  return {
    consumer: await sys.userWithRole('consumer'),
    otherConsumer: await sys.userWithRole('consumer'),
    producerId,
    producer: await sys.userWithRole('producer', { laoCode: LAO.laoCode, producerId }),
    otherProducer: await sys.userWithRole('producer', { laoCode: LAO.laoCode, producerId: await catalogProducer(sys) }),
    laoAdmin: await sys.userWithRole('lao_admin', { laoCode: LAO.laoCode }),
    otherLaoAdmin: await sys.userWithRole('lao_admin', { laoCode: OTHER_LAO }),
  };
}

async function catalogProducer(sys: TestSystem): Promise<string> {
  const body = farmerProducerBody(LAO.laoCode, `ผู้ผลิต ${randomUUID().slice(0, 8)}`);
  const res = await sys
    .http()
    .post('/api/v1/producers')
    .set('authorization', `Bearer ${await sys.adminToken()}`)
    .send(body);
  if (res.status !== 201) throw new Error(`producer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export function openOrder(overrides: Partial<OpenOrderV1> = {}): OpenOrderV1 {
  return {
    orderId: randomUUID(),
    reservationId: randomUUID(),
    batchId: randomUUID(),
    productId: randomUUID(),
    productName: 'ลำไยอีดอ',
    category: 'fruit',
    unit: 'kg',
    producerId: randomUUID(),
    producerKind: 'community_enterprise',
    producerMemberCount: 12,
    promptPayId: '0812345678',
    ...LAO,
    consumerId: randomUUID(),
    quantity: 10,
    unitPriceSatang: 10_000,
    deliveryFeeSatang: 0,
    depositPercent: 30,
    fulfilment: { type: 'pickup', pickupPointId: randomUUID(), pickupPointName: 'ตลาดเทศบาลดอกคำใต้' },
    reservedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Opens orders the way harvest-preorder does before answering a reservation's 201. */
export async function open(sys: TestSystem, ...orders: OpenOrderV1[]): Promise<void> {
  await sys.rpc(OrderSubjects.openOrders, { orders });
}

export { bearer };

/** An order of the suite's producer (`a.producerId`) for its consumer (`a.consumer`), with `overrides`. */
export function ownOrder(a: Actors, overrides: Partial<OpenOrderV1> = {}): OpenOrderV1 {
  return openOrder({ producerId: a.producerId, consumerId: a.consumer.id, ...overrides });
}

/** POST /api/v1/orders/<path> as the holder of `token` (a payment, a refund, a status step); the caller checks the answer. */
export function postOrders(sys: TestSystem, token: string, path: string, body: object = {}) {
  return sys.http().post(`/api/v1/orders/${path}`).set(bearer(token)).send(body);
}

/** Records money received for an order (libs/testing's postPayment, positional); the caller checks the answer. */
export function recordPayment(
  sys: TestSystem,
  token: string,
  orderId: string,
  amountSatang: number,
  method: PaymentMethod,
  reference: string,
) {
  return postPayment(sys, token, orderId, { amountSatang, method, reference });
}

/** The payment instructions of an order (GET /api/v1/orders/:id/payment), required to answer 200. */
export async function paymentInstructions(sys: TestSystem, token: string, orderId: string) {
  return (await sys.http().get(`/api/v1/orders/${orderId}/payment`).set(bearer(token)).expect(200)).body;
}

/**
 * The start-up of the order service's suites: catalog and order, a NATS connection (`nc`), a pool on order's
 * database (`db`) and the actors (`a`).
 */
export function useOrderSystem(env: Env = {}) {
  const t = useTestSystem({
    services: ['catalog', 'order'],
    env,
    nats: true,
    pools: { db: 'order' },
  }) as Suite<'db'> & {
    a: Actors;
  };
  beforeAll(async () => {
    t.a = await makeActors(t.sys);
  });
  return t;
}

export async function getOrder(sys: TestSystem, token: string, id: string): Promise<OrderViewV1> {
  const res = await sys.http().get(`/api/v1/orders/${id}`).set(bearer(token));
  if (res.status !== 200) throw new Error(`GET order ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Publishes an event exactly as the preorder outbox relay does: JetStream subject evt.<type>, Msg-Id = event id. */
export function publishPreorderEvent<T>(
  nc: NatsConnection,
  type: string,
  data: T,
): Promise<IntegrationEvent<string, T>> {
  return publishEvent(nc, type, data);
}

export function allocated(nc: NatsConnection, o: OpenOrderV1, allocatedQuantity: number) {
  return publishPreorderEvent<ReservationAllocatedV1>(nc, PreorderEvents.reservationAllocated, {
    reservationId: o.reservationId!,
    orderId: o.orderId,
    batchId: o.batchId,
    requested: o.quantity,
    allocated: allocatedQuantity,
  });
}

export function reservationCancelled(nc: NatsConnection, o: OpenOrderV1) {
  return publishPreorderEvent<ReservationCancelledV1>(nc, PreorderEvents.reservationCancelled, {
    reservationId: o.reservationId!,
    orderId: o.orderId,
    batchId: o.batchId,
    quantity: o.quantity,
    reason: 'เปลี่ยนใจ',
    cancelledBy: 'consumer',
    cancelledAt: new Date().toISOString(),
  });
}

/** Waits until the order reaches a status (events are applied asynchronously). */
export async function untilStatus(sys: TestSystem, token: string, id: string, status: string): Promise<OrderViewV1> {
  return eventually(async () => {
    const o = await getOrder(sys, token, id);
    expect(o.status).toBe(status);
    return o;
  });
}

export function natsOf(sys: TestSystem): Promise<NatsConnection> {
  return sys.connectNats();
}

/** The events that only feed the notification service's messages (not the report): left out of the lists below. */
const NOTICE_EVENTS = new Set<string>([OrderEvents.statusChanged, OrderEvents.refundPaid]);

/** Every event on the order stream (what the relay published), optionally of one order; notices left out. */
export async function orderStreamEvents(
  nc: NatsConnection,
  orderId?: string,
): Promise<IntegrationEvent<string, any>[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(EVENT_STREAMS.order.stream);
  const out: IntegrationEvent<string, any>[] = [];
  for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(EVENT_STREAMS.order.stream, { seq }).catch(() => null);
    if (m && !NOTICE_EVENTS.has(m.json<IntegrationEvent>().type)) out.push(m.json());
  }
  return orderId ? out.filter((e) => e.data.orderId === orderId) : out;
}

/** Waits until the order service's durable consumer has applied (acked) every preorder event published so far. */
export async function untilPreorderEventsApplied(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await eventually(async () => {
    const info = await jsm.consumers.info(EVENT_STREAMS.preorder.stream, 'order');
    expect(info.num_pending).toBe(0);
    expect(info.num_ack_pending).toBe(0);
  });
}
