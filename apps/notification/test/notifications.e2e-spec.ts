import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { NotificationSubjects } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import {
  Actors,
  allocated,
  bearer,
  makeActors,
  natsOf,
  open,
  openOrder,
  untilStatus,
} from '../../order/test/support/order-fixtures.js';
import { isQuiet, quietEnd, reminderAt } from '../src/rules/manners.js';
import { fakeTokens, mailText, startFakes } from './fakes.js';

const TOKENS = fakeTokens('U4af4980629a1b2c3d4e5f60718293a4b');
/** a time the rules let messages through (outside 21:00–07:00 Bangkok) at or after t */
const daytime = (t: Date) => (isQuiet(t) ? new Date(quietEnd(t).getTime() + 5 * 60_000) : t);

describe('notifications: reserve → deposit reminder → short harvest → refund, by e-mail, SMS and LINE', () => {
  let sys: TestSystem;
  let nc: NatsConnection;
  let a: Actors;
  let fakes: Awaited<ReturnType<typeof startFakes>>;

  beforeAll(async () => {
    fakes = await startFakes(TOKENS);
    sys = await TestSystem.start({
      services: ['catalog', 'order', 'notification'],
      // the outside providers' fakes for the notification service only (the gateway's sign-up codes stay in the SMS log)
      appEnv: { notification: fakes.env },
      env: {
        NOTIFICATION_ALLOW_CLOCK_OVERRIDE: 'true',
        // the test moves time itself; the service's own timer stays out of the way
        NOTIFICATION_SWEEP_INTERVAL_MS: '86400000',
        ORDER_DEPOSIT_DEADLINE_HOURS: '30',
      },
    });
    nc = await natsOf(sys);
    a = await makeActors(sys);
  });
  afterAll(async () => {
    await nc?.close();
    await sys?.close();
    await fakes?.close();
  });

  const sweep = (asOf: Date) =>
    sys.rpc<{ sent: number; failed: number; postponed: number; reminders: number }>(NotificationSubjects.runSweeps, {
      asOf: asOf.toISOString(),
    });
  const inbox = async (token: string) =>
    (await sys.http().get('/api/v1/me/notifications?page=1&pageSize=50').set(bearer(token)).expect(200)).body;
  const untilKind = (token: string, kind: string) =>
    eventually(async () => {
      const page = await inbox(token);
      const n = page.items.find((i: { kind: string }) => i.kind === kind);
      expect(n).toBeDefined();
      return n;
    });

  it('links LINE through LINE Login, refusing a wrong or replayed state', async () => {
    const start = await sys.http().post('/api/v1/me/line-link').set(bearer(a.consumer.token)).expect(200);
    const url = new URL(start.body.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: '1650000000',
      scope: 'profile openid',
    });
    const state = url.searchParams.get('state')!;
    const wrong = await sys
      .http()
      .post('/api/v1/me/line-link/callback')
      .set(bearer(a.consumer.token))
      .send({ state: 'not-a-state', code: TOKENS.loginCode })
      .expect(400);
    expect(wrong.body.fields).toEqual([expect.objectContaining({ field: 'state' })]);
    // another user cannot use this user's state
    await sys
      .http()
      .post('/api/v1/me/line-link/callback')
      .set(bearer(a.otherConsumer.token))
      .send({ state, code: TOKENS.loginCode })
      .expect(400);
    const linked = await sys
      .http()
      .post('/api/v1/me/line-link/callback')
      .set(bearer(a.consumer.token))
      .send({ state, code: TOKENS.loginCode })
      .expect(200);
    expect(linked.body.lineLinked).toBe(true);
    const replay = await sys
      .http()
      .post('/api/v1/me/line-link/callback')
      .set(bearer(a.consumer.token))
      .send({ state, code: TOKENS.loginCode })
      .expect(400);
    expect(replay.body.fields[0].field).toBe('state');
  });

  it('refuses a bad e-mail, phone or channel naming the field, and keeps nothing of it', async () => {
    for (const [body, field] of [
      [{ email: 'not-an-email' }, 'email'],
      [{ phone: '12345' }, 'phone'],
      [{ channels: { refund_paid: ['pigeon'] } }, 'channels.refund_paid'],
      [{ channels: { nonsense: [] } }, 'channels.nonsense'],
    ] as const) {
      const res = await sys
        .http()
        .put('/api/v1/me/notification-preferences')
        .set(bearer(a.otherConsumer.token))
        .send(body)
        .expect(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field })]);
    }
    const prefs = await sys
      .http()
      .get('/api/v1/me/notification-preferences')
      .set(bearer(a.otherConsumer.token))
      .expect(200);
    // defaults: LINE not linked → SMS for money and pickup, in-app only for the rest
    expect(prefs.body).toMatchObject({
      language: 'th',
      email: null,
      lineLinked: false,
      channels: { refund_paid: ['sms'], review_requested: [] },
    });
  });

  it('tells the consumer at each step, on the channels chosen, once each, with no value missing', async () => {
    await sys
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(bearer(a.consumer.token))
      .send({
        email: 'somchai@example.test',
        channels: { reservation_confirmed: ['email'], deposit_due_soon: ['sms'], harvest_shortfall: ['line', 'email'] },
      })
      .expect(200);
    const o = openOrder({ consumerId: a.consumer.id, producerId: a.producerId, productName: 'ลำไยอีดอ' });
    await open(sys, o);

    // 1. confirmed: in the app at once, by e-mail when the sweep runs (in daytime)
    const confirmed = await untilKind(a.consumer.token, 'reservation_confirmed');
    expect(confirmed).toMatchObject({ title: 'จองสำเร็จ: ลำไยอีดอ', link: `/orders/${o.orderId}`, readAt: null });
    expect(confirmed.body).toContain('300 บาท');
    const t1 = daytime(new Date());
    await sweep(t1);
    await eventually(async () => expect(fakes.captured.mail).toHaveLength(1));
    const mail = mailText(fakes.captured.mail[0].raw);
    expect(fakes.captured.mail[0].to).toBe('somchai@example.test');
    expect(mail).toContain('300 บาท');
    expect(mail).toContain('/me/notifications/settings');

    // 2. the deposit deadline nears (time moved): one SMS to the account's phone, with the opt-out link
    const deadline = new Date(new Date(o.reservedAt).getTime() + 30 * 3600_000);
    const t2 = new Date(reminderAt(deadline).getTime() + 60_000);
    expect((await sweep(new Date(t2.getTime() - 2 * 60_000))).reminders).toBe(0);
    expect((await sweep(t2)).reminders).toBe(1);
    expect((await sweep(t2)).reminders).toBe(0);
    expect(fakes.captured.sms).toEqual([
      expect.objectContaining({ to: (a.consumer as { phone?: string }).phone, sender: expect.any(String) }),
    ]);
    expect(fakes.captured.sms[0].text).toContain('ใกล้ครบกำหนดมัดจำ');
    expect(fakes.captured.sms[0].text).toContain('/me/notifications/settings');

    // 3. deposit paid, the harvest comes in short: 2 of 10 kg, 100 baht owed back → LINE and e-mail
    await sys
      .http()
      .post(`/api/v1/orders/${o.orderId}/payments`)
      .set(bearer(a.producer.token))
      .send({ amountSatang: 30_000, method: 'promptpay', reference: `DEP-${o.orderId}` })
      .expect(201);
    await allocated(nc, o, 2);
    const settled = await untilStatus(sys, a.consumer.token, o.orderId, 'paid');
    const short = await untilKind(a.consumer.token, 'harvest_shortfall');
    expect(short.body).toContain('2 จาก 10');
    expect(short.body).toContain('100 บาท');
    const t3 = daytime(new Date(t2.getTime() + 2 * 3600_000));
    await sweep(t3);
    await eventually(async () => expect(fakes.captured.line).toHaveLength(1));
    expect(fakes.captured.line[0]).toMatchObject({ to: TOKENS.lineUserId });
    expect(fakes.captured.line[0].text).toContain('100 บาท');
    expect(fakes.captured.mail).toHaveLength(2);

    // 4. the refund is paid back → LINE by default (linked)
    await sys
      .http()
      .post(`/api/v1/orders/${o.orderId}/refunds/${settled.refunds[0].id}/pay`)
      .set(bearer(a.producer.token))
      .send({ method: 'transfer', reference: `RF-${o.orderId}` })
      .expect(200);
    await untilKind(a.consumer.token, 'refund_paid');
    await sweep(daytime(new Date(t3.getTime() + 2 * 3600_000)));
    expect(fakes.captured.line).toHaveLength(2);
    expect(fakes.captured.line[1].text).toContain('คืนเงินแล้ว');

    // once each; nothing ever says "undefined"; the providers saw no malformed request
    const page = await inbox(a.consumer.token);
    const kinds = page.items.map((i: { kind: string }) => i.kind).sort();
    expect(kinds).toEqual(['deposit_due_soon', 'harvest_shortfall', 'refund_paid', 'reservation_confirmed']);
    expect(page.unread).toBe(4);
    const all = [
      ...page.items.map((i: { title: string; body: string }) => i.title + i.body),
      ...fakes.captured.sms.map((s) => s.text),
      ...fakes.captured.line.map((l) => l.text),
      ...fakes.captured.mail.map((m) => mailText(m.raw)),
    ];
    for (const text of all) expect(text).not.toMatch(/undefined|null|NaN/);
    expect(fakes.captured.refused).toEqual([]);

    // read: mine → 200, someone else's → 404, a bad id → 400 naming it
    const read = await sys
      .http()
      .post(`/api/v1/me/notifications/${short.id}/read`)
      .set(bearer(a.consumer.token))
      .expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await inbox(a.consumer.token)).unread).toBe(3);
    // the bell asks every minute: asking again writes no new version of the recipient's row
    const version = async () => {
      const db = new pg.Client({ connectionString: sys.databaseUrl('notification') });
      await db.connect();
      try {
        return (await db.query(`SELECT xmin::text AS v FROM recipients WHERE user_id = $1`, [a.consumer.id])).rows;
      } finally {
        await db.end();
      }
    };
    const before = await version();
    await inbox(a.consumer.token);
    await inbox(a.consumer.token);
    expect(await version()).toEqual(before);
    await sys.http().post(`/api/v1/me/notifications/${short.id}/read`).set(bearer(a.otherConsumer.token)).expect(404);
    const bad = await sys.http().post('/api/v1/me/notifications/nope/read').set(bearer(a.consumer.token)).expect(400);
    expect(bad.body.fields[0].field).toBe('id');

    // the delivery log, for an admin
    const log = await sys
      .http()
      .get(`/api/v1/admin/users/${a.consumer.id}/deliveries`)
      .set(bearer(await sys.adminToken()))
      .expect(200);
    const channels = log.body.items
      .flatMap((i: { deliveries: Array<{ channel: string; status: string }> }) =>
        i.deliveries.map((d) => `${d.channel}:${d.status}`),
      )
      .sort();
    expect(channels).toEqual(['email:sent', 'email:sent', 'line:sent', 'line:sent', 'sms:sent']);
    await sys.http().get(`/api/v1/admin/users/${a.consumer.id}/deliveries`).set(bearer(a.consumer.token)).expect(403);
  });

  it('a provider answering 4xx is logged as failed with its answer, not retried, and the next channel takes over', async () => {
    const o = openOrder({ consumerId: a.otherConsumer.id, producerId: a.producerId });
    await sys
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(bearer(a.otherConsumer.token))
      .send({ email: 'other@example.test' })
      .expect(200);
    fakes.captured.smsFailures.push(400);
    const before = { sms: fakes.captured.sms.length, mail: fakes.captured.mail.length };
    await open(sys, o);
    await untilKind(a.otherConsumer.token, 'reservation_confirmed');
    const t = daytime(new Date(Date.now() + 3 * 86_400_000));
    const r1 = await sweep(t);
    expect(r1.failed).toBe(1);
    await sweep(t);
    expect(fakes.captured.sms.length).toBe(before.sms);
    expect(fakes.captured.mail.length).toBe(before.mail + 1);
    const log = await sys
      .http()
      .get(`/api/v1/admin/users/${a.otherConsumer.id}/deliveries`)
      .set(bearer(await sys.adminToken()))
      .expect(200);
    const item = log.body.items.find((i: { kind: string }) => i.kind === 'reservation_confirmed');
    expect(item.deliveries).toEqual([
      expect.objectContaining({
        channel: 'sms',
        status: 'failed',
        attempts: 1,
        answer: expect.stringContaining('400'),
      }),
      expect.objectContaining({ channel: 'email', status: 'sent' }),
    ]);
  });

  it('killed mid-stream and restarted: everyone told, nobody twice', async () => {
    await sys.stopApp('notification');
    const orders = Array.from({ length: 30 }, () =>
      openOrder({ consumerId: a.otherConsumer.id, producerId: a.producerId }),
    );
    for (let i = 0; i < orders.length; i += 10) await open(sys, ...orders.slice(i, i + 10));
    await sys.startApp('notification');
    const ids = new Set(orders.map((o) => `/orders/${o.orderId}`));
    const seen = async () =>
      ((await inbox(a.otherConsumer.token)).items as Array<{ kind: string; link: string }>).filter(
        (i) => i.kind === 'reservation_confirmed' && ids.has(i.link),
      );
    await eventually(async () => expect((await seen()).length).toBeGreaterThan(0));
    await sys.stopApp('notification');
    await sys.startApp('notification');
    await eventually(async () => expect((await seen()).length).toBe(30));
    expect(new Set((await seen()).map((i) => i.link)).size).toBe(30);
  });
});
