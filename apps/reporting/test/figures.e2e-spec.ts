import { randomUUID } from 'node:crypto';
import { CatalogEvents, OrderEvents } from '@app/contracts';
import { eventually, farmerProducerBody, inlineRefs } from '@app/testing';
import { openServiceDataSource } from '@app/persistence';
import { reportingMigrations } from '../src/migrations/index.js';
import { aggregateDrift } from '../src/read-model/aggregates.js';
import { completedOrder, laosOf, referenceLaos, refund, useReportingSystem } from './support.js';

/**
 * The figures, fed by events published as the producers' relays publish them. Each test uses its own
 * province, so tests share the system but not their data.
 */
describe('reporting figures from events', () => {
  const t = useReportingSystem();

  const summary = (token: string, query: Record<string, string | number>) =>
    t.sys.http().get('/api/v1/reports/summary').set('authorization', `Bearer ${token}`).query(query);
  const totalsOf = async (query: Record<string, string | number>) =>
    (await summary(t.admin, query).expect(200)).body.totals;

  it('counts a farmer selling twice in a month once, a community enterprise of 12 as 12, and distinct over a quarter (not the sum of months)', async () => {
    const [lao] = laosOf('57');
    const farmer = randomUUID();
    const enterprise = randomUUID();
    const steady = randomUUID();
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, { producerId: farmer, completedAt: '2026-03-02T03:00:00Z', goodsTotalSatang: 10_000 }),
    );
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, { producerId: farmer, completedAt: '2026-03-20T03:00:00Z', goodsTotalSatang: 20_000 }),
    );
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, {
        producerId: enterprise,
        producerKind: 'community_enterprise',
        producerMemberCount: 12,
        completedAt: '2026-03-05T03:00:00Z',
        goodsTotalSatang: 30_000,
      }),
    );
    for (const m of ['01', '02', '03']) {
      await t.bus.publish(
        OrderEvents.completed,
        completedOrder(lao, { producerId: steady, completedAt: `2026-${m}-15T03:00:00Z`, goodsTotalSatang: 1_000 }),
      );
    }
    const q = { provinceCode: '57' };
    await eventually(async () =>
      expect(await totalsOf({ ...q, month: '2026-03' })).toMatchObject({
        salesCount: 4,
        revenueSatang: 61_000,
        beneficiaries: 14,
      }),
    );
    expect(await totalsOf({ ...q, month: '2026-01' })).toMatchObject({ salesCount: 1, beneficiaries: 1 });
    expect(await totalsOf({ ...q, month: '2026-02' })).toMatchObject({ salesCount: 1, beneficiaries: 1 });
    // Jan 1 + Feb 1 + Mar 14 = 16 if months were added; distinct over the quarter is 14.
    expect(await totalsOf({ ...q, from: '2026-01-01', to: '2026-03-31' })).toMatchObject({
      salesCount: 6,
      revenueSatang: 63_000,
      beneficiaries: 14,
    });
    expect(await totalsOf({ ...q, fiscalYear: 2569 })).toMatchObject({ salesCount: 6, beneficiaries: 14 });
    // A range with leftover days (facts) and whole months (aggregates) agrees too.
    expect(await totalsOf({ ...q, from: '2026-01-10', to: '2026-03-04' })).toMatchObject({
      salesCount: 3,
      beneficiaries: 2,
    });

    const byLao = (await summary(t.admin, { ...q, fiscalYear: 2569, groupBy: 'lao' }).expect(200)).body;
    expect(byLao.rows).toHaveLength(laosOf('57').length);
    expect(byLao.rows.find((r: { code: string }) => r.code === lao.code)).toMatchObject({
      salesCount: 6,
      beneficiaries: 14,
      revenueSatang: 63_000,
      contentLinks: 0,
    });
    expect(byLao.rows.filter((r: { salesCount: number }) => r.salesCount === 0)).toHaveLength(laosOf('57').length - 1);
    const byProvince = (await summary(t.admin, { fiscalYear: 2569, groupBy: 'province' }).expect(200)).body;
    expect(byProvince.rows).toHaveLength(new Set(referenceLaos().map((l) => l.provinceCode)).size);
    expect(byProvince.rows.find((r: { code: string }) => r.code === '57')).toMatchObject({
      salesCount: 6,
      beneficiaries: 14,
    });

    const breakdown = (
      await t.sys
        .http()
        .get('/api/v1/reports/breakdown')
        .set('authorization', `Bearer ${t.admin}`)
        .query({ ...q, fiscalYear: 2569 })
        .expect(200)
    ).body;
    expect(breakdown.byProducerKind).toEqual([
      { producerKind: 'community_enterprise', salesCount: 1, revenueSatang: 30_000, beneficiaries: 12 },
      { producerKind: 'farmer', salesCount: 5, revenueSatang: 33_000, beneficiaries: 2 },
    ]);
    expect(breakdown.byCategory).toEqual([{ category: 'fruit', salesCount: 6, revenueSatang: 63_000 }]);
    expect(breakdown.byMonth).toHaveLength(12);
    expect(breakdown.byMonth.find((m: { month: string }) => m.month === '2026-03')).toMatchObject({
      salesCount: 4,
      beneficiaries: 14,
    });
  });

  it('takes refunds off revenue, drops a fully refunded order from sales, and ignores a returned deposit', async () => {
    const [lao] = laosOf('58');
    const partly = completedOrder(lao, { goodsTotalSatang: 10_000 });
    const fully = completedOrder(lao, { goodsTotalSatang: 40_000 });
    await t.bus.publish(OrderEvents.completed, partly);
    await t.bus.publish(OrderEvents.completed, fully);
    const q = { provinceCode: '58', month: '2026-03' };
    await eventually(async () =>
      expect(await totalsOf(q)).toMatchObject({ salesCount: 2, revenueSatang: 50_000, beneficiaries: 2 }),
    );

    await t.bus.publish(OrderEvents.refunded, refund(partly, 2_500, false));
    await t.bus.publish(OrderEvents.refunded, refund(fully, 40_000, true));
    // a deposit returned on an order that never completed
    await t.bus.publish(OrderEvents.refunded, refund(completedOrder(lao), 5_000, true));
    await eventually(async () =>
      expect(await totalsOf(q)).toMatchObject({ salesCount: 1, revenueSatang: 7_500, beneficiaries: 1 }),
    );

    // a refund that arrives before its completion is applied when the completion comes
    const late = completedOrder(lao, { goodsTotalSatang: 8_000 });
    await t.bus.publish(OrderEvents.refunded, refund(late, 3_000, false));
    await t.bus.publish(OrderEvents.completed, late);
    await eventually(async () =>
      expect(await totalsOf(q)).toMatchObject({ salesCount: 2, revenueSatang: 12_500, beneficiaries: 2 }),
    );
  });

  it('puts 30 Sep 23:59 Bangkok in FY 2569 and 1 Oct 00:00 Bangkok in FY 2570', async () => {
    const [lao] = laosOf('60');
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, { completedAt: '2026-09-30T16:59:00Z', goodsTotalSatang: 1_100 }),
    );
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, { completedAt: '2026-09-30T17:00:00Z', goodsTotalSatang: 2_200 }),
    );
    const q = { laoCode: lao.code };
    await eventually(async () =>
      expect(await totalsOf({ ...q, fiscalYear: 2570 })).toMatchObject({ salesCount: 1, revenueSatang: 2_200 }),
    );
    expect(await totalsOf({ ...q, fiscalYear: 2569 })).toMatchObject({ salesCount: 1, revenueSatang: 1_100 });
    expect(await totalsOf({ ...q, month: '2026-09' })).toMatchObject({ revenueSatang: 1_100 });
    expect(await totalsOf({ ...q, from: '2026-10-01', to: '2026-10-01' })).toMatchObject({ revenueSatang: 2_200 });
  });

  it('applies an event exactly once when it is delivered twice, and an order completed twice counts once', async () => {
    const [lao] = laosOf('61');
    const order = completedOrder(lao, { goodsTotalSatang: 12_300 });
    const event = await t.bus.publish(OrderEvents.completed, order);
    const q = { provinceCode: '61', month: '2026-03' };
    await eventually(async () => expect(await totalsOf(q)).toMatchObject({ salesCount: 1, revenueSatang: 12_300 }));
    // the very same event again past JetStream's Msg-Id dedupe: only the inbox stands in the way
    await t.bus.publish(OrderEvents.completed, order, { id: event.id, msgID: `${event.id}-again` });
    const r = await t.bus.publish(OrderEvents.refunded, refund(order, 300, false));
    await t.bus.publish(OrderEvents.refunded, refund(order, 300, false), { id: r.id, msgID: `${r.id}-again` });
    // a second completion event (new id) for the same order
    await t.bus.publish(OrderEvents.completed, order);
    await t.bus.settled('order');
    expect(await totalsOf(q)).toMatchObject({ salesCount: 1, revenueSatang: 12_000, beneficiaries: 1 });
  });

  it('counts and lists content links, and an LAO added by the catalog gets its row', async () => {
    const [lao, other] = laosOf('62');
    const link = {
      contentLinkId: randomUUID(),
      url: 'https://www.facebook.com/watch/?v=1',
      platform: 'facebook',
      productId: null,
      producerId: null,
      publishedAt: '2026-03-03T02:00:00Z',
      laoCode: lao.code,
      districtCode: lao.districtCode,
      provinceCode: '62',
    };
    await t.bus.publish(CatalogEvents.contentLinkPublished, link);
    await t.bus.publish(CatalogEvents.contentLinkPublished, {
      ...link,
      contentLinkId: randomUUID(),
      url: 'https://tiktok.com/@x/1',
      platform: 'tiktok',
      laoCode: other.code,
      districtCode: other.districtCode,
    });
    const newLao = {
      laoCode: '9629901',
      districtCode: lao.districtCode,
      provinceCode: '62',
      type: 'subdistrict_admin_org',
      nameTh: 'ทดสอบใหม่',
      displayNameTh: 'องค์การบริหารส่วนตำบลทดสอบใหม่',
    };
    await t.bus.publish(CatalogEvents.laoUpserted, newLao);
    const q = { provinceCode: '62', month: '2026-03' };
    await eventually(async () => expect(await totalsOf(q)).toMatchObject({ contentLinks: 2 }));
    const links = await t.sys
      .http()
      .get('/api/v1/reports/content-links')
      .set('authorization', `Bearer ${t.admin}`)
      .query({ laoCode: lao.code, month: '2026-03' })
      .expect(200);
    expect(links.body).toEqual([expect.objectContaining({ url: link.url, platform: 'facebook', laoCode: lao.code })]);

    await t.bus.publish(CatalogEvents.contentLinkRemoved, {
      contentLinkId: link.contentLinkId,
      url: link.url,
      removedAt: '2026-03-04T00:00:00Z',
      laoCode: lao.code,
      districtCode: lao.districtCode,
      provinceCode: '62',
    });
    await eventually(async () => expect(await totalsOf(q)).toMatchObject({ contentLinks: 1 }));
    const rows = (await summary(t.admin, { ...q, groupBy: 'lao' }).expect(200)).body.rows;
    expect(rows).toHaveLength(laosOf('62').length + 1);
    expect(rows).toContainEqual(
      expect.objectContaining({ code: '9629901', nameTh: 'องค์การบริหารส่วนตำบลทดสอบใหม่', salesCount: 0 }),
    );
  });

  it('applies a content-link removal that overtook its publication', async () => {
    const [lao] = laosOf('64');
    const place = { laoCode: lao.code, districtCode: lao.districtCode, provinceCode: '64' };
    const removedFirst = {
      contentLinkId: randomUUID(),
      url: 'https://www.tiktok.com/@farm/video/9',
      platform: 'tiktok',
      productId: null,
      producerId: null,
      publishedAt: '2026-04-02T02:00:00Z',
      ...place,
    };
    const kept = { ...removedFirst, contentLinkId: randomUUID(), url: 'https://www.tiktok.com/@farm/video/10' };
    await t.bus.publish(CatalogEvents.contentLinkRemoved, {
      contentLinkId: removedFirst.contentLinkId,
      url: removedFirst.url,
      removedAt: '2026-04-03T00:00:00Z',
      ...place,
    });
    await t.bus.publish(CatalogEvents.contentLinkPublished, removedFirst);
    await t.bus.publish(CatalogEvents.contentLinkPublished, kept);
    const q = { provinceCode: '64', month: '2026-04' };
    await eventually(async () => {
      const links = await t.sys
        .http()
        .get('/api/v1/reports/content-links')
        .set('authorization', `Bearer ${t.admin}`)
        .query(q)
        .expect(200);
      expect(links.body.map((l: { url: string }) => l.url)).toEqual([kept.url]);
    });
    expect(await totalsOf(q)).toMatchObject({ contentLinks: 1 });
  });

  it('sets targets within the caller’s rights and shows progress in percent', async () => {
    const [lao] = laosOf('63');
    const [foreign] = laosOf('64');
    const pa = await t.sys.userWithRole('province_admin', { provinceCode: '63' });
    const la = await t.sys.userWithRole('lao_admin', { laoCode: lao.code });
    const put = (token: string, body: object) =>
      t.sys.http().put('/api/v1/targets').set('authorization', `Bearer ${token}`).send(body);
    /** A target of fiscal year 2569 for an area (its laoCode or provinceCode): sales, revenue in satang, beneficiaries. */
    const target2569 = (area: object, salesCount: number, revenueSatang: number, beneficiaries: number) => ({
      fiscalYear: 2569,
      ...area,
      salesCount,
      revenueSatang,
      beneficiaries,
    });
    await put(pa.token, target2569({ laoCode: lao.code }, 4, 100_000, 0)).expect(200);
    await put(pa.token, target2569({ provinceCode: '63' }, 10, 1_000_000, 5)).expect(200);
    expect((await put(pa.token, target2569({ laoCode: foreign.code }, 1, 1, 1)).expect(403)).body.code).toBe(
      'FORBIDDEN',
    );
    await put(pa.token, target2569({ provinceCode: '64' }, 1, 1, 1)).expect(403);
    await put(la.token, target2569({ laoCode: lao.code }, 1, 1, 1)).expect(403);
    const both = await put(t.admin, target2569({ laoCode: lao.code, provinceCode: '63' }, 1, 1, 1)).expect(400);
    expect(both.body.fields.map((f: { field: string }) => f.field)).toContain('laoCode');
    const bad = await put(t.admin, {
      fiscalYear: 'x',
      provinceCode: '63',
      salesCount: -1,
      revenueSatang: 1,
      beneficiaries: 1,
    }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['fiscalYear', 'salesCount']),
    );
    await put(t.admin, target2569({ laoCode: '9999999' }, 1, 1, 1)).expect(404);

    await t.bus.publish(OrderEvents.completed, completedOrder(lao, { goodsTotalSatang: 25_000 }));
    await eventually(async () => {
      const body = (await summary(pa.token, { fiscalYear: 2569, groupBy: 'lao' }).expect(200)).body;
      expect(body.rows.find((r: { code: string }) => r.code === lao.code)).toMatchObject({
        salesCount: 1,
        target: { salesCount: 4, revenueSatang: 100_000, beneficiaries: 0 },
        progress: { salesCount: 25, revenueSatang: 25, beneficiaries: null },
      });
      expect(body.totals).toMatchObject({
        target: { salesCount: 10 },
        progress: { salesCount: 10, revenueSatang: 2.5, beneficiaries: 20 },
      });
    });
    const byProvince = (
      await summary(t.admin, { fiscalYear: 2569, groupBy: 'province', provinceCode: '63' }).expect(200)
    ).body;
    expect(byProvince.rows[0]).toMatchObject({ code: '63', target: { salesCount: 10 }, progress: { salesCount: 10 } });
  });

  it('keeps each caller to its own area: 403 for more', async () => {
    const [lao, other] = laosOf('65');
    // a producer login must be bound to a real catalog producer of its LAO
    const registered = await t.sys
      .http()
      .post('/api/v1/producers')
      .set('authorization', `Bearer ${t.admin}`)
      .send(farmerProducerBody(lao.code, 'ผู้ผลิตทดสอบ'))
      .expect(201);
    const producerId: string = registered.body.id;
    await t.bus.publish(OrderEvents.completed, completedOrder(lao, { producerId, goodsTotalSatang: 7_000 }));
    await t.bus.publish(OrderEvents.completed, completedOrder(lao, { goodsTotalSatang: 9_000 }));
    const la = await t.sys.userWithRole('lao_admin', { laoCode: lao.code });
    const pa = await t.sys.userWithRole('province_admin', { provinceCode: '65' });
    const producer = await t.sys.userWithRole('producer', { laoCode: lao.code, producerId });
    const consumer = await t.sys.userWithRole('consumer');
    const month = '2026-03';
    await eventually(async () =>
      expect((await summary(la.token, { month }).expect(200)).body.totals).toMatchObject({
        salesCount: 2,
        revenueSatang: 16_000,
      }),
    );
    expect((await summary(la.token, { month }).expect(200)).body.rows).toHaveLength(1);
    expect((await summary(la.token, { month, laoCode: other.code }).expect(403)).body.code).toBe('FORBIDDEN');
    await summary(la.token, { month, provinceCode: '65' }).expect(403);
    await summary(la.token, { month, groupBy: 'province' }).expect(403);
    await summary(pa.token, { month, provinceCode: '11' }).expect(403);
    await summary(pa.token, { month, laoCode: laosOf('11')[0].code }).expect(403);
    await summary(pa.token, { month, districtCode: '1101' }).expect(403);
    expect((await summary(pa.token, { month }).expect(200)).body.rows).toHaveLength(laosOf('65').length);
    expect((await summary(producer.token, { month }).expect(200)).body.totals).toMatchObject({
      salesCount: 1,
      revenueSatang: 7_000,
      beneficiaries: 1,
    });
    await summary(consumer.token, { month }).expect(403);
    await t.sys.http().get('/api/v1/reports/summary').expect(401);
    await t.sys
      .http()
      .get('/api/v1/reports/export')
      .set('authorization', `Bearer ${la.token}`)
      .query({ format: 'csv', provinceCode: '65' })
      .expect(403);
    const bad = await summary(t.admin, { month: '2026-3', groupBy: 'amphoe' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['month', 'groupBy']),
    );
    await summary(t.admin, { laoCode: '9999998' }).expect(404);
  });

  it('weighs an enterprise by its largest membership within the period, counts a producer once across LAOs, districts and fiscal years', async () => {
    const laos = laosOf('72');
    const byDistrict = new Map<string, typeof laos>();
    for (const l of laos) byDistrict.set(l.districtCode, [...(byDistrict.get(l.districtCode) ?? []), l]);
    const [a, b] = [...byDistrict.values()].find((ls) => ls.length >= 2)!;
    const c = laos.find((l) => l.districtCode !== a.districtCode)!;
    const enterprise = { producerId: randomUUID(), producerKind: 'community_enterprise' as const };
    const october = completedOrder(a, { ...enterprise, producerMemberCount: 12, completedAt: '2025-10-20T03:00:00Z' });
    const march = completedOrder(a, { ...enterprise, producerMemberCount: 15, completedAt: '2026-03-05T03:00:00Z' });
    // a farmer who moved to an LAO of another district in February
    const mover = randomUUID();
    const beforeMove = completedOrder(a, { producerId: mover, completedAt: '2026-02-10T03:00:00Z' });
    const afterMove = completedOrder(c, { producerId: mover, completedAt: '2026-02-12T03:00:00Z' });
    // a farmer selling on both sides of 1 October
    const yearEnd = randomUUID();
    const september = completedOrder(b, { producerId: yearEnd, completedAt: '2026-09-20T03:00:00Z' });
    const nextOctober = completedOrder(b, { producerId: yearEnd, completedAt: '2026-10-05T03:00:00Z' });
    for (const o of [october, march, beforeMove, afterMove, september, nextOctober])
      await t.bus.publish(OrderEvents.completed, o);
    const q = { provinceCode: '72' };
    await eventually(async () =>
      expect(await totalsOf({ ...q, from: '2025-10-01', to: '2026-10-31' })).toMatchObject({
        salesCount: 6,
        beneficiaries: 15 + 1 + 1,
      }),
    );

    expect(await totalsOf({ ...q, month: '2025-10' })).toMatchObject({ beneficiaries: 12 });
    expect(await totalsOf({ ...q, month: '2026-03' })).toMatchObject({ beneficiaries: 15 });
    expect(await totalsOf({ ...q, from: '2025-10-01', to: '2025-12-31' })).toMatchObject({ beneficiaries: 12 });
    expect(await totalsOf({ ...q, from: '2025-10-15', to: '2026-03-10' })).toMatchObject({
      salesCount: 4,
      beneficiaries: 15 + 1,
    });
    expect(await totalsOf({ ...q, fiscalYear: 2569 })).toMatchObject({ salesCount: 5, beneficiaries: 15 + 1 + 1 });
    expect(await totalsOf({ ...q, from: '2026-09-01', to: '2026-10-31' })).toMatchObject({
      salesCount: 2,
      beneficiaries: 1,
    });

    const feb = { ...q, month: '2026-02' };
    const laoRows = (await summary(t.admin, { ...feb, groupBy: 'lao' }).expect(200)).body;
    const row = (rows: Array<{ code: string; beneficiaries: number }>, code: string) =>
      rows.find((r) => r.code === code)?.beneficiaries;
    expect([row(laoRows.rows, a.code), row(laoRows.rows, c.code), laoRows.totals.beneficiaries]).toEqual([1, 1, 1]);
    const districtRows = (await summary(t.admin, { ...feb, groupBy: 'district' }).expect(200)).body;
    expect([
      row(districtRows.rows, a.districtCode),
      row(districtRows.rows, c.districtCode),
      districtRows.totals.beneficiaries,
    ]).toEqual([1, 1, 1]);
    expect(await totalsOf({ ...feb, districtCode: a.districtCode })).toMatchObject({ beneficiaries: 1 });
    expect(await totalsOf({ month: '2026-02', laoCode: c.code })).toMatchObject({ beneficiaries: 1 });
    const kinds = (
      await t.sys
        .http()
        .get('/api/v1/reports/breakdown')
        .set('authorization', `Bearer ${t.admin}`)
        .query({ ...q, from: '2025-10-15', to: '2026-02-28' })
        .expect(200)
    ).body;
    expect(kinds.byProducerKind).toEqual([
      { producerKind: 'community_enterprise', salesCount: 1, revenueSatang: 50_000, beneficiaries: 12 },
      { producerKind: 'farmer', salesCount: 2, revenueSatang: 100_000, beneficiaries: 1 },
    ]);

    // Refunds take presence away: the enterprise is back to 12 for the year, the September sale is gone.
    await t.bus.publish(OrderEvents.refunded, refund(march, march.goodsTotalSatang, true));
    await t.bus.publish(OrderEvents.refunded, refund(september, september.goodsTotalSatang, true));
    await eventually(async () =>
      expect(await totalsOf({ ...q, fiscalYear: 2569 })).toMatchObject({ salesCount: 3, beneficiaries: 12 + 1 }),
    );
    expect(await totalsOf({ ...q, month: '2026-09' })).toMatchObject({ salesCount: 0, beneficiaries: 0 });
    expect(await totalsOf({ ...q, from: '2026-09-01', to: '2026-10-31' })).toMatchObject({
      salesCount: 1,
      beneficiaries: 1,
    });

    // An LAO's own report by district or province is one row with the LAO's figures, not the district's.
    const may = { month: '2026-05' };
    const farmerAtA = completedOrder(a, { completedAt: '2026-05-03T03:00:00Z' });
    const farmerAtB = completedOrder(b, { completedAt: '2026-05-04T03:00:00Z' });
    // an enterprise selling twice on one day with two member counts: the day counts its larger one
    const group = { producerId: randomUUID(), producerKind: 'community_enterprise' as const };
    const atC = [10, 11].map((n) =>
      completedOrder(c, { ...group, producerMemberCount: n, completedAt: '2026-05-05T03:00:00Z' }),
    );
    for (const o of [farmerAtA, farmerAtB, ...atC]) await t.bus.publish(OrderEvents.completed, o);
    await eventually(async () =>
      expect(await totalsOf({ ...q, ...may })).toMatchObject({ salesCount: 4, beneficiaries: 1 + 1 + 11 }),
    );
    for (const groupBy of ['district', 'province']) {
      const own = (await summary(t.admin, { ...may, laoCode: a.code, groupBy }).expect(200)).body;
      expect(own.rows).toEqual([
        expect.objectContaining({
          code: groupBy === 'district' ? a.districtCode : '72',
          salesCount: 1,
          beneficiaries: 1,
        }),
      ]);
      expect(own.totals).toMatchObject({ salesCount: 1, beneficiaries: 1 });
    }
    const districtsOfA = async () =>
      (await summary(t.admin, { ...q, ...may, groupBy: 'district' }).expect(200)).body.rows as Array<{
        code: string;
        beneficiaries: number;
        salesCount: number;
      }>;
    expect((await districtsOfA()).find((r) => r.code === a.districtCode)).toMatchObject({
      salesCount: 2,
      beneficiaries: 2,
    });

    // The catalog moves LAO c into a's district: its producers' presence follows it.
    await t.bus.publish(CatalogEvents.laoUpserted, {
      laoCode: c.code,
      districtCode: a.districtCode,
      provinceCode: '72',
      type: 'subdistrict_admin_org',
      nameTh: 'ย้ายอำเภอ',
      displayNameTh: 'องค์การบริหารส่วนตำบลย้ายอำเภอ',
    });
    await eventually(async () =>
      expect((await districtsOfA()).find((r) => r.code === a.districtCode)).toMatchObject({
        salesCount: 4,
        beneficiaries: 1 + 1 + 11,
      }),
    );
    expect((await districtsOfA()).find((r) => r.code === c.districtCode)?.beneficiaries ?? 0).toBe(0);

    // The presence kept event by event equals the one computed from the facts in bulk.
    const ds = await openServiceDataSource({
      url: t.sys.databaseUrl('reporting'),
      entities: [],
      migrations: reportingMigrations,
      name: 'test',
    });
    try {
      expect((await aggregateDrift(ds)).presence).toBe(0);
    } finally {
      await ds.destroy();
    }
    // An LAO outside the province asked for is a client mistake, named.
    const wrong = await summary(t.admin, { ...feb, laoCode: laosOf('57')[0].code }).expect(400);
    expect(wrong.body.fields.map((f: { field: string }) => f.field)).toEqual(['laoCode']);
  });

  it('sends a report gzipped as the service packed it to a client that accepts gzip, and plain JSON to one that does not', async () => {
    const [lao] = laosOf('73');
    await t.bus.publish(OrderEvents.completed, completedOrder(lao, { goodsTotalSatang: 12_300 }));
    const q = { provinceCode: '73', month: '2026-03', groupBy: 'lao' };
    await eventually(async () => expect(await totalsOf(q)).toMatchObject({ salesCount: 1, revenueSatang: 12_300 }));
    const zipped = await summary(t.admin, q).set('accept-encoding', 'gzip, deflate').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/^application\/json/);
    const plain = await summary(t.admin, q).set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.body).toEqual(zipped.body);
    expect(plain.body.rows).toHaveLength(laosOf('73').length);
    // gzip refused: never the service's gzip bytes; the gateway's own compression may answer with br
    const refused = await summary(t.admin, q).set('accept-encoding', 'gzip;q=0, br').expect(200);
    expect(refused.headers['content-encoding']).not.toBe('gzip');
    expect(refused.body.totals).toMatchObject({ salesCount: 1, revenueSatang: 12_300 });

    // the contract is in the OpenAPI document, down to the row fields
    const doc = inlineRefs((await t.sys.http().get('/api/docs-json').expect(200)).body);
    const schema = doc.paths['/api/v1/reports/summary'].get.responses['200'].content['application/json'].schema;
    expect(schema.required).toEqual(['period', 'groupBy', 'rows', 'totals', 'flaggedSales']);
    expect(Object.keys(schema.properties.rows.items.properties)).toEqual(
      expect.arrayContaining([
        'code',
        'nameTh',
        'salesCount',
        'revenueSatang',
        'beneficiaries',
        'contentLinks',
        'target',
        'progress',
      ]),
    );
    for (const row of plain.body.rows)
      for (const key of schema.properties.rows.items.required) expect(row).toHaveProperty(key);
  });
});
