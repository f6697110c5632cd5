import type { DataSource } from 'typeorm';
import { recomputeAggregates } from '../apps/reporting/src/read-model/aggregates.js';

/**
 * Benchmark data straight into a reporting database with set-based SQL (generate_series): producers
 * spread over every LAO, completed orders over FY 2569 (with partial and full refunds), content links,
 * targets. Aggregates are then computed in bulk — the same tables the event handlers keep incrementally.
 */
export async function generateData(
  ds: DataSource,
  opts: { producers: number; orders: number; links: number },
): Promise<void> {
  await ds.query(
    `TRUNCATE order_facts, order_refunds, agg_lao_month, agg_lao_fy, agg_lao_month_split, presence, content_links, producers, targets, submissions`,
  );
  await ds.query(
    `DROP TABLE IF EXISTS bench_laos; CREATE UNLOGGED TABLE bench_laos AS SELECT code, district_code, province_code, (row_number() OVER (ORDER BY code) - 1)::int AS rn FROM laos`,
  );
  const [{ n: laoCount }] = await ds.query(`SELECT COUNT(*)::int AS n FROM bench_laos`);
  await ds.query(
    `INSERT INTO producers (producer_id, kind, name, member_count, lao_code, district_code, province_code, updated_at)
     SELECT 'p' || i,
            CASE WHEN i % 10 = 0 THEN 'community_enterprise' WHEN i % 10 < 4 THEN 'entrepreneur' ELSE 'farmer' END,
            'ผู้ผลิต ' || i, CASE WHEN i % 10 = 0 THEN 5 + i % 20 ELSE 1 END, l.code, l.district_code, l.province_code, now()
     FROM generate_series(0, $1 - 1) i JOIN bench_laos l ON l.rn = (i::bigint * 7919) % $2`,
    [opts.producers, laoCount],
  );
  await ds.query(
    `DROP TABLE IF EXISTS bench_producers; CREATE UNLOGGED TABLE bench_producers AS SELECT p.*, (row_number() OVER (ORDER BY producer_id) - 1)::int AS rn FROM producers p`,
  );
  await ds.query(`CREATE INDEX ON bench_producers (rn)`);
  await ds.query(
    `INSERT INTO order_facts (order_id, completed_at, day, month, fiscal_year, lao_code, district_code, province_code, producer_id, producer_kind,
                              member_count, category, goods_satang, refunded_satang, fully_refunded)
     SELECT 'o' || g, t.ts, (t.ts AT TIME ZONE 'Asia/Bangkok')::date, date_trunc('month', t.ts AT TIME ZONE 'Asia/Bangkok')::date,
            EXTRACT(YEAR FROM t.ts AT TIME ZONE 'Asia/Bangkok')::int + 543 + CASE WHEN EXTRACT(MONTH FROM t.ts AT TIME ZONE 'Asia/Bangkok') >= 10 THEN 1 ELSE 0 END,
            p.lao_code, p.district_code, p.province_code, p.producer_id, p.kind,
            -- some community enterprises gain a member from April: presence keeps per-day counts for them
            p.member_count + CASE WHEN p.kind = 'community_enterprise' AND p.rn % 7 = 0 AND t.ts >= timestamptz '2026-04-01 00:00+07' THEN 1 ELSE 0 END,
            (ARRAY['fruit','vegetable','rice_grain','processed_food','handicraft','other'])[1 + g % 6],
            5000 + (g * 37) % 200000,
            CASE WHEN g % 97 = 0 THEN 5000 + (g * 37) % 200000 WHEN g % 33 = 0 THEN 1000 ELSE 0 END,
            g % 97 = 0
     FROM generate_series(1, $1::bigint) g
     CROSS JOIN LATERAL (SELECT timestamptz '2025-09-30 17:00:00+00' + ((g * 7727) % (365 * 86400)) * interval '1 second' AS ts) t
     JOIN bench_producers p ON p.rn = (g::bigint * 104729) % $2`,
    [opts.orders, opts.producers],
  );
  await ds.query(
    `INSERT INTO content_links (content_link_id, url, platform, lao_code, district_code, province_code, product_id, producer_id, published_at, day)
     SELECT 'c' || g, 'https://www.facebook.com/watch/?v=' || g, 'facebook', l.code, l.district_code, l.province_code, NULL, NULL,
            timestamptz '2025-10-01 00:00:00+07' + (g % 360) * interval '1 day', date '2025-10-01' + (g % 360)
     FROM generate_series(1, $1::int) g JOIN bench_laos l ON l.rn = (g * 31) % $2`,
    [opts.links, laoCount],
  );
  await ds.query(
    `INSERT INTO targets (fiscal_year, level, code, sales_count, revenue_satang, beneficiaries, set_by, set_at)
     SELECT 2569, 'province', code, 10000, 500000000, 500, 'bench', now() FROM provinces
     UNION ALL SELECT 2569, 'lao', code, 100, 5000000, 5, 'bench', now() FROM laos WHERE code::bigint % 3 = 0`,
  );
  await recomputeAggregates(ds);
  await ds.query(`DROP TABLE bench_laos; DROP TABLE bench_producers`);
  await ds.query(`VACUUM ANALYZE`);
}
