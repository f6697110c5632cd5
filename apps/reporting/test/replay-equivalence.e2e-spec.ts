import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { CatalogEvents, OrderEvents } from '@app/contracts';
import type { IntegrationEvent, OrderCompletedV1, ProducerMembershipApprovedV1 } from '@app/contracts';
import { dropDatabase, openServiceDataSource, withDatabase } from '@app/persistence';
import { testEnv } from '@app/testing';
import { reportingMigrations } from '../src/migrations/index.js';
import { aggregateDrift, recomputeAggregates } from '../src/read-model/aggregates.js';
import { catalogHandlers, orderHandlers } from '../src/read-model/handlers.js';
import { defaultReferenceDataDir } from '@app/reference-data';
import { loadReferenceData } from '../src/read-model/reference-data.js';
import { applyOrderBatch } from '../src/rebuild/bulk-replay.js';
import { applyBatch, DERIVED_TABLES } from '../src/rebuild/rebuild.js';
import { completedOrder, laosOf, refund } from './support.js';

/**
 * The rebuild (order events set-wise, rebuild/bulk-replay.ts, catalog stream first, aggregates recomputed in
 * bulk) and the live consumer (one event per transaction through read-model/handlers.ts, streams interleaved,
 * aggregates moved incrementally) must build the same read model from the same events. Random streams of
 * completions (some twice), refunds before and after their completion (partial and full), membership
 * approvals before and after the sales they weigh, redeliveries and a version nobody handles, replayed both
 * ways on two real databases; every derived table compared row for row.
 */
describe('reporting: the rebuild and the live handlers build the same read model', () => {
  const consumer = 'reporting';
  let live: DataSource;
  let rebuilt: DataSource;
  const urls: string[] = [];

  const open = async () => {
    const url = withDatabase(testEnv.databaseUrl, `trep_eq_${randomBytes(4).toString('hex')}`);
    urls.push(url);
    const ds = await openServiceDataSource({
      url,
      entities: [],
      migrations: reportingMigrations,
      name: 'replay-equivalence',
    });
    await loadReferenceData(ds, defaultReferenceDataDir());
    return ds;
  };

  beforeAll(async () => {
    live = await open();
    rebuilt = await open();
  }, 120_000);
  afterAll(async () => {
    await live?.destroy();
    await rebuilt?.destroy();
    for (const url of urls) await dropDatabase(url);
  });

  const wipe = async (ds: DataSource) => {
    await ds.query(
      `TRUNCATE ${DERIVED_TABLES.filter((t) => !['laos', 'districts', 'provinces'].includes(t)).join(', ')}`,
    );
    await ds.query(`DELETE FROM inbox`);
    await ds.query(`DELETE FROM parked_events`);
  };

  /** Every table the events build, as sorted JSON rows (sums of zero that increments leave behind are no rows). */
  const readModel = async (ds: DataSource) => {
    const q = async (sql: string) =>
      (await ds.query(`SELECT to_jsonb(t) AS r FROM (${sql}) t`))
        .map((x: { r: unknown }) => JSON.stringify(x.r))
        .sort();
    const nonZero = 'WHERE sales_count <> 0 OR revenue_satang <> 0';
    return {
      order_facts: await q(`SELECT * FROM order_facts`),
      order_refunds: await q(`SELECT * FROM order_refunds`),
      sale_parties: await q(`SELECT * FROM sale_parties`),
      producer_memberships: await q(`SELECT * FROM producer_memberships`),
      agg_lao_month: await q(`SELECT * FROM agg_lao_month ${nonZero}`),
      agg_lao_fy: await q(`SELECT * FROM agg_lao_fy ${nonZero}`),
      agg_lao_month_split: await q(`SELECT * FROM agg_lao_month_split ${nonZero}`),
      presence: await q(
        `SELECT fiscal_year, level, area_code, producer_id, member_count, member_counts, days::text FROM presence`,
      ),
      inbox: await q(`SELECT consumer, event_id, type FROM inbox`),
      parked: await q(`SELECT consumer, event_id, type, error FROM parked_events`),
    };
  };

  const laos = laosOf('50').slice(0, 3);
  const producers = [0, 1, 2].map(() => ({ id: randomUUID(), lao: laos[0] }));
  producers[1].lao = laos[1];
  producers[2].lao = laos[2];

  /** One step of a stream: what happens, drawn by fast-check. */
  const step = fc.oneof(
    fc.record({
      k: fc.constant('complete' as const),
      order: fc.nat(7),
      day: fc.integer({ min: 0, max: 400 }),
      goods: fc.integer({ min: 1, max: 90_000 }),
    }),
    fc.record({
      k: fc.constant('refund' as const),
      order: fc.nat(7),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      full: fc.boolean(),
    }),
    fc.record({
      k: fc.constant('approve' as const),
      producer: fc.nat(2),
      day: fc.integer({ min: 0, max: 400 }),
      members: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({ k: fc.constant('redeliver' as const), back: fc.nat(10) }),
    fc.record({ k: fc.constant('future' as const), order: fc.nat(7) }),
  );
  type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

  const at = (day: number, hour = 3) => new Date(Date.UTC(2025, 8, 1 + day, hour)).toISOString();

  /** The streams the steps make: catalog and order events, and the interleaved order the live consumer saw them in. */
  function streams(steps: Step[]) {
    const orders = Array.from({ length: 8 }, (_, i) => ({
      id: randomUUID(),
      producer: producers[i % 3],
      consumer: randomUUID(),
      goods: 0,
    }));
    const all: Array<{ domain: 'catalog' | 'order'; e: IntegrationEvent }> = [];
    const event = (type: string, data: unknown, version = 1): IntegrationEvent => ({
      id: randomUUID(),
      type,
      version,
      occurredAt: new Date().toISOString(),
      data,
    });
    for (const s of steps) {
      if (s.k === 'complete') {
        const o = orders[s.order];
        o.goods ||= s.goods;
        const data: OrderCompletedV1 = completedOrder(o.producer.lao, {
          orderId: o.id,
          producerId: o.producer.id,
          consumerId: o.consumer,
          completedAt: at(s.day),
          goodsTotalSatang: s.goods,
          consumerPhone: s.order % 2 ? `08${String(s.order).padStart(8, '1')}` : undefined,
          producerMemberCount: 1 + (s.order % 4),
          producerKind: s.order % 3 ? 'farmer' : 'community_enterprise',
        });
        all.push({ domain: 'order', e: event(OrderEvents.completed, data) });
      } else if (s.k === 'refund') {
        const o = orders[s.order];
        const goods = o.goods || 10_000;
        const base = completedOrder(o.producer.lao, {
          orderId: o.id,
          producerId: o.producer.id,
          goodsTotalSatang: goods,
        });
        all.push({
          domain: 'order',
          e: event(OrderEvents.refunded, refund(base, s.full ? goods : Math.floor(goods * s.share), s.full)),
        });
      } else if (s.k === 'approve') {
        const p = producers[s.producer];
        const data: ProducerMembershipApprovedV1 = {
          producerId: p.id,
          changeId: randomUUID(),
          kind: 'community_enterprise',
          memberCount: s.members,
          effectiveAt: at(s.day, 1),
        };
        all.push({ domain: 'catalog', e: event(CatalogEvents.producerMembershipApproved, data) });
      } else if (s.k === 'redeliver') {
        if (all.length) all.push(all[Math.max(0, all.length - 1 - s.back)]);
      } else {
        // a version of a handled type that no release here knows: both park it, neither guesses
        all.push({ domain: 'order', e: event(OrderEvents.completed, { orderId: orders[s.order].id }, 2) });
      }
    }
    return all;
  }

  it('for random streams of completions, refunds, approvals, redeliveries and unknown versions', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 45 }),
        fc.integer({ min: 1, max: 9 }),
        async (steps, batchSize) => {
          const all = streams(steps);
          await wipe(live);
          await wipe(rebuilt);
          // live: one event per transaction, in the order they arrived, aggregates moved as facts change
          for (const { domain, e } of all)
            await applyBatch(live, [e], domain === 'order' ? orderHandlers : catalogHandlers, consumer);
          // rebuild: the catalog stream first, then the order stream set-wise in batches, aggregates in bulk
          await applyBatch(
            rebuilt,
            all.filter((x) => x.domain === 'catalog').map((x) => x.e),
            catalogHandlers,
            consumer,
          );
          const orderEvents = all.filter((x) => x.domain === 'order').map((x) => x.e);
          for (let i = 0; i < orderEvents.length; i += batchSize)
            await applyOrderBatch(rebuilt, consumer, orderEvents.slice(i, i + batchSize));
          await rebuilt.transaction((em) => recomputeAggregates(em));

          expect(await readModel(rebuilt)).toEqual(await readModel(live));
          expect(Object.values(await aggregateDrift(live)).every((n) => n === 0)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
