import { randomUUID } from 'node:crypto';
import { CatalogEvents, OrderEvents } from '@app/contracts';
import type { IntegrationEvent } from '@app/contracts';
import type { CompletedOrderFactV1, ListCompletedOrdersQueryV1 } from '@app/contracts';
import { eventually } from '@app/testing';
import { loadReportingConfig } from '../src/config.js';
import { aggregateDrift, recomputeAggregates } from '../src/read-model/aggregates.js';
import { applyOrderBatch } from '../src/rebuild/bulk-replay.js';
import { rebuildReadModel } from '../src/rebuild/rebuild.js';
import { ReconcileService } from '../src/reconcile/reconcile.service.js';
import { completedOrder, laosOf, refund, useReportingSystem } from './support.js';

describe('reporting rebuild and reconciliation', () => {
  const t = useReportingSystem({ dataSource: true });

  const summary = async (query: Record<string, string | number>) =>
    (
      await t.sys
        .http()
        .get('/api/v1/reports/summary')
        .set('authorization', `Bearer ${t.admin}`)
        .query(query)
        .expect(200)
    ).body;

  it('rebuilds the read model from the streams with identical figures', async () => {
    const laos = laosOf('67');
    const orders = laos.slice(0, 5).flatMap((lao, i) => [
      completedOrder(lao, { completedAt: `2026-0${i + 1}-1${i}T10:00:00Z`, goodsTotalSatang: 1000 * (i + 1) }),
      completedOrder(lao, {
        completedAt: `2026-0${i + 1}-2${i}T10:00:00Z`,
        producerKind: 'community_enterprise',
        producerMemberCount: 5 + i,
      }),
    ]);
    for (const o of orders) await t.bus.publish(OrderEvents.completed, o);
    await t.bus.publish(OrderEvents.refunded, refund(orders[0], 400, false));
    await t.bus.publish(OrderEvents.refunded, refund(orders[3], orders[3].goodsTotalSatang, true));
    await t.bus.publish(CatalogEvents.laoUpserted, {
      laoCode: laos[0].code,
      districtCode: laos[0].districtCode,
      provinceCode: '67',
      type: 'subdistrict_admin_org',
      nameTh: 'ชื่อใหม่',
      displayNameTh: 'องค์การบริหารส่วนตำบลชื่อใหม่',
    });
    await t.bus.publish(CatalogEvents.contentLinkPublished, {
      contentLinkId: randomUUID(),
      url: 'https://youtube.com/x',
      platform: 'youtube',
      productId: null,
      producerId: null,
      publishedAt: '2026-02-01T00:00:00Z',
      laoCode: laos[1].code,
      districtCode: laos[1].districtCode,
      provinceCode: '67',
    });
    await t.bus.settled('order');
    await t.bus.settled('catalog');
    const queries: Array<Record<string, string | number>> = [
      { fiscalYear: 2569, provinceCode: '67', groupBy: 'lao' },
      { fiscalYear: 2569, provinceCode: '67', groupBy: 'district' },
      { from: '2026-01-15', to: '2026-03-25', provinceCode: '67', groupBy: 'lao' },
      { month: '2026-02', groupBy: 'province' },
    ];
    const before = await Promise.all(queries.map(summary));
    expect(before[0].totals).toMatchObject({ salesCount: 9, contentLinks: 1 });
    expect(before[0].rows[0]).toMatchObject({ nameTh: 'องค์การบริหารส่วนตำบลชื่อใหม่' });

    // the live consumer (order events applied concurrently) kept the aggregates equal to a GROUP BY
    expect(await aggregateDrift(t.ds)).toEqual({
      agg_lao_month: 0,
      agg_lao_fy: 0,
      agg_lao_month_split: 0,
      presence: 0,
    });
    // damage the read model, then rebuild it from the streams
    await t.ds.query(`DELETE FROM agg_lao_month`);
    await t.ds.query(`DELETE FROM agg_lao_fy`);
    await t.ds.query(`UPDATE order_facts SET goods_satang = 1`);
    expect((await summary(queries[0])).totals).not.toEqual(before[0].totals);
    expect((await aggregateDrift(t.ds)).agg_lao_month).toBeGreaterThan(0);
    // as the CLI runs it: reporting's own NATS user (ephemeral consumers on the streams it consumes)
    const nc = await t.sys.connectNats('reporting');
    const counts = await rebuildReadModel(t.ds, nc, loadReportingConfig(t.sys.env).referenceDataDir).finally(() =>
      nc.close(),
    );
    expect(counts).toEqual({ catalog: 2, order: 12 });
    const after = await Promise.all(queries.map(summary));
    expect(after).toEqual(before);
    // the incrementally kept aggregates equal a straight GROUP BY over the facts
    expect(await aggregateDrift(t.ds)).toEqual({
      agg_lao_month: 0,
      agg_lao_fy: 0,
      agg_lao_month_split: 0,
      presence: 0,
    });
  });

  it('reconciles with the order service’s completed orders: names every difference and repairs it', async () => {
    const [lao, other] = laosOf('70');
    const kept = completedOrder(lao, { completedAt: '2026-04-02T03:00:00Z', goodsTotalSatang: 10_000 });
    const changed = completedOrder(lao, { completedAt: '2026-04-03T03:00:00Z', goodsTotalSatang: 20_000 });
    const extra = completedOrder(other, { completedAt: '2026-04-04T03:00:00Z', goodsTotalSatang: 30_000 });
    for (const o of [kept, changed, extra]) await t.bus.publish(OrderEvents.completed, o);
    const q = { month: '2026-04', provinceCode: '70' };
    await eventually(async () =>
      expect((await summary(q)).totals).toMatchObject({ salesCount: 3, revenueSatang: 60_000 }),
    );

    // What the order service holds (its own data is the truth): the event of `lost` never arrived, a
    // refund of `changed` was lost, and `extra` is not a completed order there.
    const lost = completedOrder(other, {
      completedAt: '2026-04-05T03:00:00Z',
      goodsTotalSatang: 4_000,
      producerMemberCount: 3,
      producerKind: 'community_enterprise',
    });
    const truth: CompletedOrderFactV1[] = [
      { ...kept, refundedSatang: 0, fullyRefunded: false },
      { ...changed, refundedSatang: 5_000, fullyRefunded: false },
      { ...lost, refundedSatang: 0, fullyRefunded: false },
    ];
    const asked: ListCompletedOrdersQueryV1[] = [];
    const lines: string[] = [];
    const source = async (query: ListCompletedOrdersQueryV1) => {
      asked.push(query);
      return truth.filter((o) => o.completedAt >= query.from && o.completedAt < query.to && o.provinceCode === '70');
    };
    const service = new ReconcileService(t.ds, source, (l) => lines.push(l));

    const dry = await service.reconcile('2026-04-01', '2026-04-30', false);
    expect(dry.repaired).toBe(0);
    expect(asked[0]).toMatchObject({ from: '2026-03-31T17:00:00.000Z', to: '2026-04-30T17:00:00.000Z' });
    expect((await summary(q)).totals).toMatchObject({ salesCount: 3, revenueSatang: 60_000 });

    const report = await service.reconcile('2026-04-01', '2026-04-30');
    // other provinces' orders of April are not in this fake truth, so restrict the check to ours
    const ours = report.differences.filter((d) => [kept, changed, extra, lost].some((o) => o.orderId === d.orderId));
    expect(ours).toEqual(
      expect.arrayContaining([
        { orderId: lost.orderId, kind: 'missing' },
        { orderId: changed.orderId, kind: 'changed', fields: ['refundedSatang'] },
        { orderId: extra.orderId, kind: 'extra' },
      ]),
    );
    expect(ours).toHaveLength(3);
    expect(await aggregateDrift(t.ds)).toEqual({
      agg_lao_month: 0,
      agg_lao_fy: 0,
      agg_lao_month_split: 0,
      presence: 0,
    });
    expect(lines).toContain(`missing ${lost.orderId}`);
    const totals = (await summary(q)).totals;
    expect(totals).toMatchObject({ salesCount: 3, revenueSatang: 10_000 + 15_000 + 4_000, beneficiaries: 2 + 3 });

    // a second pass finds nothing left to repair
    const again = await service.reconcile('2026-04-01', '2026-04-30');
    expect(again.differences.filter((d) => [kept, changed, extra, lost].some((o) => o.orderId === d.orderId))).toEqual(
      [],
    );
  });

  it('replays a batch of order events set-wise with the rules of the live handlers, once per event', async () => {
    const [lao] = laosOf('71');
    const event = (type: string, data: unknown): IntegrationEvent => ({
      id: randomUUID(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      data,
    });
    const early = completedOrder(lao, { completedAt: '2026-05-02T03:00:00Z', goodsTotalSatang: 10_000 });
    const twice = completedOrder(lao, { completedAt: '2026-05-03T03:00:00Z', goodsTotalSatang: 20_000 });
    const later = completedOrder(lao, { completedAt: '2026-05-04T03:00:00Z', goodsTotalSatang: 30_000 });
    // a refund that arrives before its completion is folded in when the completion comes
    const first = [
      event(OrderEvents.refunded, refund(early, 3_000, false)),
      event(OrderEvents.completed, early),
      event(OrderEvents.completed, later),
    ];
    const second = [
      event(OrderEvents.completed, twice),
      event(OrderEvents.completed, { ...twice, goodsTotalSatang: 1 }), // a second completion of an order changes nothing
      event(OrderEvents.refunded, refund(twice, 20_000, true)),
      event(OrderEvents.refunded, refund(later, 1_000, false)), // a refund of an order recorded in an earlier batch
      event(OrderEvents.refunded, refund(later, 2_000, false)),
    ];
    expect(await applyOrderBatch(t.ds, 'bulk-replay-test', first)).toBe(3);
    // redelivered events are skipped through the inbox: only the second batch's five are new
    expect(await applyOrderBatch(t.ds, 'bulk-replay-test', [...first, ...second])).toBe(5);
    const facts = await t.ds.query(
      `SELECT order_id, goods_satang::int AS goods, refunded_satang::int AS refunded, fully_refunded AS full FROM order_facts WHERE order_id = ANY($1) ORDER BY goods_satang`,
      [[early.orderId, twice.orderId, later.orderId]],
    );
    expect(facts).toEqual([
      { order_id: early.orderId, goods: 10_000, refunded: 3_000, full: false },
      { order_id: twice.orderId, goods: 20_000, refunded: 20_000, full: true },
      { order_id: later.orderId, goods: 30_000, refunded: 3_000, full: false },
    ]);
    // facts only, like the rebuild: the aggregates are then computed in bulk
    await t.ds.transaction((em) => recomputeAggregates(em));
    expect((await summary({ month: '2026-05', provinceCode: '71' })).totals).toMatchObject({
      salesCount: 2,
      revenueSatang: 7_000 + 27_000,
    });
  });
});
