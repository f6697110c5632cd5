import { randomUUID } from 'node:crypto';
import { OrderEvents } from '@app/contracts';
import { eventually, queryDb, TestSystem } from '@app/testing';
import { bearer, producerBody, randomPhone } from '../../catalog/test/catalog-fixtures.js';
import { completedOrder, EventPublisher, laosOf } from '../../reporting/test/support.js';
import type { RefLao } from '../../reporting/test/support.js';

/**
 * Issue 13, points 2 and 3, through the gateway with the real catalog and reporting: beneficiaries are
 * never self-declared (the producer proposes, its LAO's administrator approves, the report weighs a sale
 * with the membership approved when it completed), and sales that look made up are flagged for the LAO's
 * administrator, who may exclude them with a reason. Orders are the order service's events, published as
 * its relay publishes them. Each test uses its own LAO.
 */
describe('figures nobody can inflate (issue 13: beneficiaries, flagged sales)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog', 'reporting'] });
  let bus: EventPublisher;
  let admin: string;
  const laos = laosOf('57').slice(0, 8);
  let next = 0;
  const freshLao = (): RefLao => laos[next++];

  beforeAll(async () => {
    bus = await EventPublisher.connect(sys);
    sys.onClose(() => bus.close());
    admin = await sys.adminToken();
  });

  const http = () => sys.http();
  const fieldsOf = (res: { body: { fields?: Array<{ field: string }> } }) => [
    ...new Set((res.body.fields ?? []).map((f) => f.field)),
  ];
  /** POST /producers/:id/membership-proposals as `token`: a producer proposes its members. */
  const propose = (token: string, producerId: string, body: object) =>
    http().post(`/api/v1/producers/${producerId}/membership-proposals`).set(bearer(token)).send(body);
  /** POST /membership-proposals/:id/approve or /reject as `token`. */
  const decide = (token: string, proposalId: string, decision: 'approve' | 'reject', body: object) =>
    http().post(`/api/v1/membership-proposals/${proposalId}/${decision}`).set(bearer(token)).send(body);
  /** Bangkok day of an instant (YYYY-MM-DD). */
  const bangkokDay = (t: Date) => new Date(t.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

  /** A community enterprise of `members` with a login, onboarded by its LAO's administrator. */
  async function enterprise(lao: RefLao, members: number) {
    const laoAdmin = await sys.userWithRole('lao_admin', { laoCode: lao.code });
    const phone = randomPhone();
    const body = producerBody(lao.code, {
      kind: 'community_enterprise',
      memberCount: members,
      contacts: { phone: randomPhone() },
      account: { phone, password: 'password-1234' },
    });
    const res = await http().post('/api/v1/producers').set(bearer(laoAdmin.token)).send(body).expect(201);
    return {
      id: res.body.id as string,
      userId: res.body.userId as string,
      contactPhone: body.contacts.phone as string,
      laoAdmin,
      token: await sys.login(phone, 'password-1234'),
    };
  }

  const summary = (token: string, q: Record<string, string>) =>
    http().get('/api/v1/reports/summary').set(bearer(token)).query(q);

  it('a producer cannot raise its own member count: PATCH answers 403 naming the field and nothing changes', async () => {
    const lao = freshLao();
    const p = await enterprise(lao, 10);
    const res = await http()
      .patch(`/api/v1/producers/${p.id}`)
      .set(bearer(p.token))
      .send({ memberCount: 500, name: 'วิสาหกิจใหม่' })
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(fieldsOf(res)).toEqual(['memberCount']);
    const kind = await http()
      .patch(`/api/v1/producers/${p.id}`)
      .set(bearer(p.token))
      .send({ kind: 'farmer' })
      .expect(403);
    expect(fieldsOf(kind)).toEqual(['kind']);
    const now = (await http().get(`/api/v1/producers/${p.id}`).set(bearer(p.token)).expect(200)).body;
    expect(now).toMatchObject({ memberCount: 10, kind: 'community_enterprise' });
    expect(now.name).not.toBe('วิสาหกิจใหม่'); // nothing half-written
    // the same values sent back (a form showing them) are not a change
    await http()
      .patch(`/api/v1/producers/${p.id}`)
      .set(bearer(p.token))
      .send({ memberCount: 10, name: 'วิสาหกิจใหม่' })
      .expect(200);
    // the LAO's administrator may correct it, and the change is kept with who
    await http().patch(`/api/v1/producers/${p.id}`).set(bearer(p.laoAdmin.token)).send({ memberCount: 12 }).expect(200);
    const history = (await http().get(`/api/v1/producers/${p.id}/membership-history`).set(bearer(p.token)).expect(200))
      .body;
    expect(
      history.items.map((c: { source: string; memberCount: number; changedBy: string }) => [
        c.source,
        c.memberCount,
        c.changedBy,
      ]),
    ).toEqual([
      ['admin', 12, p.laoAdmin.id],
      ['registration', 10, p.laoAdmin.id],
    ]);
  });

  it('the producer proposes, only an administrator of its LAO decides, and every change is kept with who and when', async () => {
    const lao = freshLao();
    const p = await enterprise(lao, 10);
    const otherLaoAdmin = await sys.userWithRole('lao_admin', { laoCode: laos[laos.length - 1].code });

    const bad = await propose(p.token, p.id, { memberCount: 0 }).expect(400);
    expect(fieldsOf(bad)).toEqual(['memberCount']);
    expect(fieldsOf(await propose(p.token, p.id, { note: 'x' }).expect(400))).toEqual(['memberCount']);
    expect(fieldsOf(await propose(p.token, p.id, { kind: 'cooperative' }).expect(400))).toEqual(['kind']);
    // an administrator corrects directly; it does not propose
    await propose(p.laoAdmin.token, p.id, { memberCount: 40 }).expect(403);

    const proposal = (await propose(p.token, p.id, { memberCount: 40, note: 'ทะเบียนปี 2569' }).expect(201)).body;
    expect(proposal).toMatchObject({
      status: 'pending',
      memberCount: 40,
      currentMemberCount: 10,
      note: 'ทะเบียนปี 2569',
      proposedBy: p.userId,
    });
    // nothing counts until approved
    expect((await http().get(`/api/v1/producers/${p.id}`).expect(200)).body.memberCount).toBe(10);

    await decide(p.token, proposal.id, 'approve', {}).expect(403);
    const other = await decide(otherLaoAdmin.token, proposal.id, 'approve', {}).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    expect(
      (await http().get('/api/v1/membership-proposals').set(bearer(otherLaoAdmin.token)).expect(200)).body.items.map(
        (x: { id: string }) => x.id,
      ),
    ).not.toContain(proposal.id);
    const pending = (await http().get('/api/v1/membership-proposals').set(bearer(p.laoAdmin.token)).expect(200)).body;
    expect(pending.items.map((x: { id: string }) => x.id)).toEqual([proposal.id]);
    expect(fieldsOf(await decide(p.laoAdmin.token, proposal.id, 'reject', { reason: '  ' }).expect(400))).toEqual([
      'reason',
    ]);

    const approved = (await decide(p.laoAdmin.token, proposal.id, 'approve', { reason: 'ตรวจทะเบียนแล้ว' }).expect(200))
      .body;
    expect(approved).toMatchObject({ status: 'approved', decidedBy: p.laoAdmin.id, reason: 'ตรวจทะเบียนแล้ว' });
    expect((await http().get(`/api/v1/producers/${p.id}`).expect(200)).body.memberCount).toBe(40);
    await decide(p.laoAdmin.token, proposal.id, 'approve', {}).expect(409);

    const second = (await propose(p.token, p.id, { memberCount: 90 }).expect(201)).body;
    const rejected = (await decide(p.laoAdmin.token, second.id, 'reject', { reason: 'ไม่มีหลักฐาน' }).expect(200)).body;
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'ไม่มีหลักฐาน' });
    expect((await http().get(`/api/v1/producers/${p.id}`).expect(200)).body.memberCount).toBe(40);

    const mine = (await http().get(`/api/v1/producers/${p.id}/membership-proposals`).set(bearer(p.token)).expect(200))
      .body;
    expect(mine.items.map((x: { status: string }) => x.status)).toEqual(['rejected', 'approved']);
    const history = (
      await http().get(`/api/v1/producers/${p.id}/membership-history`).set(bearer(p.laoAdmin.token)).expect(200)
    ).body;
    expect(history.items[0]).toMatchObject({
      source: 'proposal',
      proposalId: proposal.id,
      memberCount: 40,
      previousMemberCount: 10,
      changedBy: p.laoAdmin.id,
    });
    await http().get(`/api/v1/producers/${p.id}/membership-history`).set(bearer(otherLaoAdmin.token)).expect(403);
  });

  it('the report weighs a sale with the members approved when it completed: a later approval does not change an earlier sale', async () => {
    const lao = freshLao();
    const p = await enterprise(lao, 10);
    const today = new Date();
    const tomorrow = new Date(today.getTime() + 86_400_000);
    const order = (completedAt: Date, carried: number) =>
      completedOrder(lao, {
        producerId: p.id,
        producerKind: 'community_enterprise',
        producerMemberCount: carried,
        completedAt: completedAt.toISOString(),
      });
    // the orders carry whatever count the producer had at reservation — here an inflated one: it never counts
    const early = order(today, 500);
    await bus.publish(OrderEvents.completed, early);
    const proposal = (await propose(p.token, p.id, { memberCount: 40 }).expect(201)).body;
    // a sale completed after the approval, whose event reaches the report before the approval's
    const late = order(tomorrow, 500);
    await bus.publish(OrderEvents.completed, late);
    await bus.settled('order');
    const q = (day: Date) => ({ laoCode: lao.code, from: bangkokDay(day), to: bangkokDay(day) });
    expect((await summary(p.laoAdmin.token, q(today)).expect(200)).body.totals.beneficiaries).toBe(10);
    expect((await summary(p.laoAdmin.token, q(tomorrow)).expect(200)).body.totals.beneficiaries).toBe(10); // proposed, not approved

    await decide(p.laoAdmin.token, proposal.id, 'approve', {}).expect(200);
    await eventually(async () =>
      expect((await summary(p.laoAdmin.token, q(tomorrow)).expect(200)).body.totals.beneficiaries).toBe(40),
    );
    expect((await summary(p.laoAdmin.token, q(today)).expect(200)).body.totals.beneficiaries).toBe(10);
    const facts = await queryDb<{ order_id: string; member_count: number }>(
      sys,
      'reporting',
      `SELECT order_id, member_count FROM order_facts WHERE producer_id = $1 ORDER BY completed_at`,
      [p.id],
    );
    expect(facts).toEqual([
      { order_id: early.orderId, member_count: 10 },
      { order_id: late.orderId, member_count: 40 },
    ]);
    // both days: the largest approved count within the period
    expect(
      (
        await summary(p.laoAdmin.token, {
          laoCode: lao.code,
          from: bangkokDay(today),
          to: bangkokDay(tomorrow),
        }).expect(200)
      ).body.totals.beneficiaries,
    ).toBe(40);
  });

  it('flags zero-total sales, sales to the producer’s own login or phone, and 3 completions by one consumer at one producer in a day', async () => {
    const lao = freshLao();
    const p = await enterprise(lao, 1);
    const otherLaoAdmin = await sys.userWithRole('lao_admin', { laoCode: laos[laos.length - 1].code });
    await eventually(async () =>
      expect(
        (await queryDb(sys, 'reporting', `SELECT login_user_id FROM producers WHERE producer_id = $1`, [p.id]))[0],
      ).toEqual({
        login_user_id: p.userId,
      }),
    );
    const at = '2026-03-10T05:00:00Z';
    const sale = (o: Record<string, unknown>) =>
      completedOrder(lao, { producerId: p.id, producerKind: 'community_enterprise', completedAt: at, ...o });
    const ordinary = sale({ goodsTotalSatang: 30_000 });
    const zero = sale({ goodsTotalSatang: 0 });
    const ownLogin = sale({ consumerId: p.userId });
    const ownPhone = sale({ consumerPhone: `+66${p.contactPhone.slice(1)}` });
    const repeater = randomUUID();
    const repeats = [1, 2, 3].map((i) => sale({ consumerId: repeater, completedAt: `2026-03-11T0${i}:00:00Z` }));
    const twice = randomUUID();
    const notEnough = [1, 2].map((i) => sale({ consumerId: twice, completedAt: `2026-03-12T0${i}:00:00Z` }));
    for (const o of [ordinary, zero, ownLogin, ownPhone, ...repeats, ...notEnough])
      await bus.publish(OrderEvents.completed, o);
    await bus.settled('order');

    const q = { laoCode: lao.code, month: '2026-03' };
    const list = (await http().get('/api/v1/reports/flagged-sales').set(bearer(p.laoAdmin.token)).query(q).expect(200))
      .body;
    const reasons = Object.fromEntries(
      list.items.map((i: { orderId: string; reasons: string[] }) => [i.orderId, i.reasons]),
    );
    expect(reasons).toEqual({
      [zero.orderId]: ['zero_total'],
      [ownLogin.orderId]: ['own_login'],
      [ownPhone.orderId]: ['own_phone'],
      ...Object.fromEntries(repeats.map((o) => [o.orderId, ['repeat_consumer']])),
    });
    expect(list.total).toBe(6);
    const sum = (await summary(p.laoAdmin.token, q).expect(200)).body;
    expect(sum.flaggedSales).toBe(6);
    expect(sum.totals.salesCount).toBe(9); // flagged sales still count

    // only administrators of the area
    await http().get('/api/v1/reports/flagged-sales').set(bearer(otherLaoAdmin.token)).query(q).expect(403);
    await http().get('/api/v1/reports/flagged-sales').set(bearer(p.token)).query(q).expect(403);
    expect(
      (
        await http()
          .get('/api/v1/reports/flagged-sales')
          .set(bearer(admin))
          .query({ ...q, status: 'nope' })
          .expect(400)
      ).body.fields.map((f: { field: string }) => f.field),
    ).toEqual(['status']);
  });

  it('an administrator excludes a flagged sale with a reason: the figures follow, who and why are kept, a submitted month shows it as an adjustment', async () => {
    const lao = freshLao();
    const laoAdmin = await sys.userWithRole('lao_admin', { laoCode: lao.code });
    const otherLaoAdmin = await sys.userWithRole('lao_admin', { laoCode: laos[laos.length - 1].code });
    const producerId = randomUUID();
    const zero = completedOrder(lao, { producerId, goodsTotalSatang: 0, completedAt: '2026-02-10T05:00:00Z' });
    const ordinary = completedOrder(lao, { producerId, goodsTotalSatang: 20_000, completedAt: '2026-02-11T05:00:00Z' });
    await bus.publish(OrderEvents.completed, zero);
    await bus.publish(OrderEvents.completed, ordinary);
    await bus.settled('order');
    const feb = { laoCode: lao.code, month: '2026-02' };
    expect((await summary(laoAdmin.token, feb).expect(200)).body.totals).toMatchObject({
      salesCount: 2,
      beneficiaries: 1,
    });
    const submission = (
      await http()
        .post('/api/v1/reports/submissions')
        .set(bearer(laoAdmin.token))
        .send({ month: '2026-02' })
        .expect(201)
    ).body;

    const exclude = (token: string, orderId: string, body: Record<string, unknown>) =>
      http().post(`/api/v1/reports/flagged-sales/${orderId}/exclusion`).set(bearer(token)).send(body);
    expect(fieldsOf(await exclude(laoAdmin.token, zero.orderId, {}).expect(400))).toEqual(['reason']);
    expect(fieldsOf(await exclude(laoAdmin.token, zero.orderId, { reason: '   ' }).expect(400))).toEqual(['reason']);
    expect(fieldsOf(await exclude(laoAdmin.token, 'not-a-uuid', { reason: 'x' }).expect(400))).toEqual(['orderId']);
    expect(fieldsOf(await exclude(laoAdmin.token, randomUUID(), { reason: 'x' }).expect(404))).toEqual(['orderId']);
    await exclude(otherLaoAdmin.token, zero.orderId, { reason: 'x' }).expect(403);
    expect(fieldsOf(await exclude(laoAdmin.token, ordinary.orderId, { reason: 'x' }).expect(409))).toEqual(['orderId']); // not flagged

    const exclusion = (await exclude(laoAdmin.token, zero.orderId, { reason: 'ราคา 0 บาท ไม่ใช่การขายจริง' }).expect(201))
      .body;
    expect(exclusion).toMatchObject({
      orderId: zero.orderId,
      reason: 'ราคา 0 บาท ไม่ใช่การขายจริง',
      excludedBy: laoAdmin.id,
      month: '2026-02',
      adjustsSubmissionIds: [submission.id],
    });
    await exclude(laoAdmin.token, zero.orderId, { reason: 'again' }).expect(409);

    // the submitted month keeps its snapshot; the next month's report carries the change as an adjustment
    const frozen = (await summary(laoAdmin.token, feb).expect(200)).body;
    expect(frozen.totals.salesCount).toBe(2);
    expect(frozen.flaggedSales).toBe(0);
    const march = (await summary(laoAdmin.token, { laoCode: lao.code, month: '2026-03' }).expect(200)).body;
    expect(march.adjustments).toMatchObject({
      month: '2026-02',
      submissionId: submission.id,
      totals: { salesCount: -1, revenueSatang: 0, beneficiaries: 0 },
    });
    expect(
      (await summary(laoAdmin.token, { laoCode: lao.code, from: '2026-02-01', to: '2026-02-28' }).expect(200)).body
        .totals.salesCount,
    ).toBe(1);
    const excluded = (
      await http()
        .get('/api/v1/reports/flagged-sales')
        .set(bearer(laoAdmin.token))
        .query({ ...feb, status: 'excluded' })
        .expect(200)
    ).body;
    expect(excluded.items).toEqual([
      expect.objectContaining({
        orderId: zero.orderId,
        reasons: ['zero_total'],
        exclusion: expect.objectContaining({ excludedBy: laoAdmin.id }),
      }),
    ]);
  });
});
