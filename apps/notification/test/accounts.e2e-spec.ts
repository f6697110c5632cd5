import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { NotificationSubjects, OrderEvents } from '@app/contracts';
import type { OrderStatusChangedV1 } from '@app/contracts';
import { eventually, farmerProducerBody, publishEvent, TestSystem } from '@app/testing';
import { bearer, LAO } from '../../order/test/support/order-fixtures.js';
import { isQuiet, quietEnd } from '../src/rules/manners.js';
import { fakeTokens, startFakes } from './fakes.js';

const TOKENS = fakeTokens('U0000000000000000000000000000acct');
const daytime = (t: Date) => (isQuiet(t) ? new Date(quietEnd(t).getTime() + 5 * 60_000) : t);

/** An order opened for the consumer, as the order service raises it (a deposit of 300 baht due in a day). */
function opened(consumerId: string): OrderStatusChangedV1 {
  const now = new Date();
  return {
    orderId: randomUUID(),
    reservationId: randomUUID(),
    batchId: randomUUID(),
    consumerId,
    producerId: randomUUID(),
    laoCode: LAO.laoCode,
    productName: 'มะม่วงน้ำดอกไม้',
    unit: 'kg',
    from: null,
    to: 'awaiting_deposit',
    trigger: 'open',
    at: now.toISOString(),
    requestedQuantity: 10,
    quantity: 10,
    totalSatang: 100_000,
    amountDueSatang: 30_000,
    refundedSatang: 0,
    depositDeadline: new Date(now.getTime() + 86_400_000).toISOString(),
    fulfilment: { type: 'pickup', pickupPointId: randomUUID(), pickupPointName: 'ตลาดเทศบาล' },
    shipment: null,
  };
}

/**
 * The gateway's identity events (real gateway and notification service; the order stream's events are
 * published by the test): a login's contact and role are known before the user ever calls, erasure
 * removes the service's copy, and history older than NOTIFICATION_MAX_EVENT_AGE_HOURS is recorded, not told.
 */
describe('notification: accounts from identity events; history not told', () => {
  let sys: TestSystem;
  let nc: NatsConnection;
  let db: pg.Pool;
  let fakes: Awaited<ReturnType<typeof startFakes>>;

  beforeAll(async () => {
    fakes = await startFakes(TOKENS);
    sys = await TestSystem.start({
      services: ['catalog', 'notification'],
      appEnv: { notification: fakes.env },
      env: { NOTIFICATION_ALLOW_CLOCK_OVERRIDE: 'true', NOTIFICATION_SWEEP_INTERVAL_MS: '86400000' },
    });
    nc = await sys.connectNats();
    db = new pg.Pool({ connectionString: sys.databaseUrl('notification'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await nc?.close();
    await sys?.close();
    await fakes?.close();
  });

  const recipient = async (userId: string) =>
    (await db.query(`SELECT * FROM recipients WHERE user_id = $1`, [userId])).rows[0];
  const sweep = () => sys.rpc(NotificationSubjects.runSweeps, { asOf: daytime(new Date()).toISOString() });
  const deliveryLog = async (userId: string) =>
    (
      await sys
        .http()
        .get(`/api/v1/admin/users/${userId}/deliveries`)
        .set(bearer(await sys.adminToken()))
        .expect(200)
    ).body;

  it("knows a consumer's verified phone, and staff logins' role, producer and LAO, before any of them calls", async () => {
    const consumer = await sys.userWithRole('consumer');
    const made = await sys
      .http()
      .post('/api/v1/producers')
      .set(bearer(await sys.adminToken()))
      .send(farmerProducerBody(LAO.laoCode, `สวน ${randomUUID().slice(0, 6)}`))
      .expect(201);
    const producer = await sys.userWithRole('producer', { laoCode: LAO.laoCode, producerId: made.body.id });
    const laoAdmin = await sys.userWithRole('lao_admin', { laoCode: LAO.laoCode });

    await eventually(async () =>
      expect(await recipient(consumer.id)).toMatchObject({
        role: 'consumer',
        account_phone: consumer.phone,
        producer_id: null,
      }),
    );
    await eventually(async () =>
      expect(await recipient(producer.id)).toMatchObject({
        role: 'producer',
        account_phone: producer.phone,
        producer_id: made.body.id,
        lao_code: LAO.laoCode,
      }),
    );
    await eventually(async () =>
      expect(await recipient(laoAdmin.id)).toMatchObject({
        role: 'lao_admin',
        account_phone: laoAdmin.phone,
        lao_code: LAO.laoCode,
        province_code: LAO.provinceCode,
      }),
    );

    // the consumer never opened the app's notifications: the money message still reaches its phone by SMS
    const before = fakes.captured.sms.length;
    await publishEvent(nc, OrderEvents.statusChanged, opened(consumer.id));
    await eventually(async () => expect((await deliveryLog(consumer.id)).items).toHaveLength(1));
    await sweep();
    await eventually(async () =>
      expect(fakes.captured.sms.slice(before)).toEqual([expect.objectContaining({ to: consumer.phone })]),
    );
    expect(fakes.captured.sms[before].text).toContain('300 บาท');
  });

  it("a consumer's login become a producer's (LAO onboarding links it): its role, producer and LAO follow", async () => {
    const farmer = await sys.userWithRole('consumer');
    await eventually(async () =>
      expect(await recipient(farmer.id)).toMatchObject({ role: 'consumer', producer_id: null }),
    );
    const laoAdmin = await sys.userWithRole('lao_admin', { laoCode: LAO.laoCode });
    const before = (await sys.smsLog()).length;
    const onboarded = await sys
      .http()
      .post('/api/v1/producers')
      .set(bearer(laoAdmin.token))
      .send(
        farmerProducerBody(LAO.laoCode, `สวน ${randomUUID().slice(0, 6)}`, {
          account: { phone: farmer.phone, password: 'ignored-pass-1' },
        }),
      )
      .expect(201);
    expect(onboarded.body.accountLink).toBe('code_sent');
    const code = await sys.codeSentTo(farmer.phone, before);
    await sys
      .http()
      .post(`/api/v1/producers/${onboarded.body.id}/account-link`)
      .set(bearer(laoAdmin.token))
      .send({ phone: farmer.phone, code })
      .expect(200);
    await eventually(async () =>
      expect(await recipient(farmer.id)).toMatchObject({
        role: 'producer',
        producer_id: onboarded.body.id,
        lao_code: LAO.laoCode,
        account_phone: farmer.phone,
      }),
    );
  });

  it("a consumer's erasure removes the service's copy: contact, choices, notifications and their log", async () => {
    const consumer = await sys.userWithRole('consumer');
    await sys
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(bearer(consumer.token))
      .send({ email: 'erase-me@example.test', channels: { refund_paid: ['email'] } })
      .expect(200);
    await publishEvent(nc, OrderEvents.statusChanged, opened(consumer.id));
    await eventually(async () =>
      expect(
        (await sys.http().get('/api/v1/me/notifications').set(bearer(consumer.token)).expect(200)).body.items,
      ).toHaveLength(1),
    );
    expect(await recipient(consumer.id)).toMatchObject({
      email: 'erase-me@example.test',
      account_phone: consumer.phone,
    });

    await sys
      .http()
      .post('/api/v1/me/erase')
      .set(bearer(consumer.token))
      .send({ password: 'password-1234' })
      .expect(200);
    await eventually(async () => expect(await recipient(consumer.id)).toBeUndefined());
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM preferences WHERE user_id = $1`, [consumer.id])).rows[0].n,
    ).toBe(0);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient = $1`, [`user:${consumer.id}`]))
        .rows[0].n,
    ).toBe(0);
    expect((await deliveryLog(consumer.id)).items).toEqual([]);
  });

  it('an event older than the configured age when first seen is recorded but not told (a new consumer reading old history)', async () => {
    const consumer = await sys.userWithRole('consumer');
    await eventually(async () => expect(await recipient(consumer.id)).toMatchObject({ account_phone: consumer.phone }));
    const before = fakes.captured.sms.length;
    const old = opened(consumer.id);
    // three days old (the default limit is 48 h)
    await publishEvent(nc, OrderEvents.statusChanged, old, {
      occurredAt: new Date(Date.now() - 72 * 3600_000).toISOString(),
    });
    const fresh = opened(consumer.id);
    await publishEvent(nc, OrderEvents.statusChanged, fresh);

    const log = await eventually(async () => {
      const l = await deliveryLog(consumer.id);
      expect(l.items).toHaveLength(2);
      return l;
    });
    const history = log.items.find((i: { status: string }) => i.status === 'not_sent');
    expect(history).toMatchObject({
      kind: 'reservation_confirmed',
      deliveries: [],
      reason: expect.stringMatching(/72 h old when first seen.*history, not sent/),
    });
    const list = (await sys.http().get('/api/v1/me/notifications').set(bearer(consumer.token)).expect(200)).body;
    expect(list.items.map((i: { link: string }) => i.link)).toEqual([`/orders/${fresh.orderId}`]);
    await sweep();
    await eventually(async () =>
      expect(fakes.captured.sms.slice(before)).toEqual([expect.objectContaining({ to: consumer.phone })]),
    );
    await sweep();
    expect(fakes.captured.sms.length).toBe(before + 1);
  });
});
