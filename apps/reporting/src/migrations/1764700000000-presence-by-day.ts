import { defineMigration } from '@app/persistence';

/**
 * Producer presence by day of the fiscal year, kept for every level of area (LAO, district, province,
 * nation), replacing presence per (LAO, month) and per (LAO, fiscal year).
 *
 * Beneficiaries are distinct producers, so a district's or the nation's count was a distinct count over
 * every producer of the period at read time (50,000 rows for a year, plus the facts of leftover days),
 * once for the rows and again for the total: most of a nationwide summary (469 ms p95 at 1,000,000
 * orders). With one row per (fiscal year, level, area, producer) holding a bitmap of the days it sold,
 * any period inside a fiscal year is a contiguous range of bits, and an area's beneficiaries are a plain
 * SUM over its rows whose bits meet that range: no distinct step, no facts.
 *
 * member_count is the largest member count on any counted day of the year; member_counts (per day) is
 * kept only for a producer whose count changed during the year, so a period takes the largest within it.
 * Filled from the facts here (a frozen copy of the read-model SQL), so an existing database needs no rebuild.
 */
export const PresenceByDay1764700000000 = defineMigration('PresenceByDay1764700000000', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE presence (
        fiscal_year integer NOT NULL,
        level text COLLATE "C" NOT NULL CHECK (level IN ('lao', 'district', 'province', 'nation')),
        area_code text COLLATE "C" NOT NULL,
        producer_id text COLLATE "C" NOT NULL,
        producer_kind text COLLATE "C" NOT NULL,
        member_count integer NOT NULL,
        member_counts integer[] CHECK (member_counts IS NULL OR cardinality(member_counts) = 366),
        days bit(366) NOT NULL,
        PRIMARY KEY (fiscal_year, level, area_code, producer_id))
      PARTITION BY LIST (level)`);
    // One partition per level: a report reads one level's rows of a year (50,000 for the nation at
    // 1,000,000 orders) in a sequential scan of that partition, not 50,000 random heap pages through the
    // index. Room left on each page keeps a sale's update of the bitmap on the same page (HOT).
    for (const level of ['lao', 'district', 'province', 'nation']) {
      await qr.query(
        `CREATE TABLE presence_${level} PARTITION OF presence FOR VALUES IN ('${level}') WITH (fillfactor = 70)`,
      );
    }
    await qr.query(`CREATE INDEX presence_producer ON presence (producer_id, fiscal_year)`);
    // Per-day member counts from (day index, count) pairs: 0 where the producer did not sell.
    await qr.query(`
      CREATE FUNCTION presence_counts(idx integer[], counts integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_agg(COALESCE(m.c, 0) ORDER BY g.i) FROM generate_series(0, 365) g(i)
        LEFT JOIN (SELECT i, MAX(c) AS c FROM unnest(idx, counts) u(i, c) GROUP BY i) m ON m.i = g.i
      $$`);
    // A row's per-day counts after one more counted sale (day bitmap "day", member count "c"): NULL while
    // every day sold has the same count (the form the facts give, so incremental and bulk rows compare equal),
    // otherwise the largest count of each day, 0 on days not sold.
    await qr.query(`
      CREATE FUNCTION presence_mark(counts integer[], days bit(366), old_count integer, day bit(366), c integer) RETURNS integer[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        WITH v AS (
          SELECT g.i, CASE WHEN substring(day FROM g.i FOR 1) = B'1' THEN GREATEST(b.v, c) ELSE b.v END AS v
          FROM generate_series(1, 366) g(i)
          CROSS JOIN LATERAL (SELECT COALESCE(counts[g.i], CASE WHEN substring(days FROM g.i FOR 1) = B'1' THEN old_count ELSE 0 END) AS v) b)
        SELECT CASE WHEN MIN(v) FILTER (WHERE v > 0) = MAX(v) THEN NULL ELSE array_agg(v ORDER BY i) END FROM v
      $$`);
    await qr.query(`
      INSERT INTO presence (fiscal_year, level, area_code, producer_id, producer_kind, member_count, member_counts, days)
      WITH lv AS (
        SELECT f.fiscal_year, v.level, v.code, f.producer_id, f.producer_kind, f.member_count, f.day - make_date(f.fiscal_year - 544, 10, 1) AS i
        FROM order_facts f JOIN laos l ON l.code = f.lao_code
        CROSS JOIN LATERAL (VALUES ('lao', l.code), ('district', l.district_code), ('province', l.province_code), ('nation', '')) v(level, code)
        WHERE NOT f.fully_refunded),
      d AS (SELECT fiscal_year, level, code, producer_id, i, MAX(producer_kind) AS kind, MAX(member_count) AS mc FROM lv GROUP BY 1, 2, 3, 4, 5)
      SELECT fiscal_year, level, code, producer_id, MAX(kind), MAX(mc),
             CASE WHEN MIN(mc) <> MAX(mc) THEN presence_counts(array_agg(i), array_agg(mc)) END,
             bit_or(set_bit(B'0'::bit(366), i, 1))
      FROM d GROUP BY 1, 2, 3, 4`);
    await qr.query(`DROP TABLE presence_month`);
    await qr.query(`DROP TABLE presence_fy`);
  },

  async down(qr) {
    for (const [table, bucket] of [
      ['presence_month', 'month'],
      ['presence_fy', 'fiscal_year'],
    ]) {
      await qr.query(`
        CREATE TABLE ${table} (
          ${bucket} ${bucket === 'month' ? 'date' : 'integer'} NOT NULL, lao_code text COLLATE "C" NOT NULL, producer_id text COLLATE "C" NOT NULL,
          producer_kind text COLLATE "C" NOT NULL, member_count integer NOT NULL, orders integer NOT NULL,
          PRIMARY KEY (${bucket}, lao_code, producer_id))`);
      await qr.query(`
        INSERT INTO ${table} (${bucket}, lao_code, producer_id, producer_kind, member_count, orders)
        SELECT ${bucket}, lao_code, producer_id, MAX(producer_kind), MAX(member_count), SUM(CASE WHEN fully_refunded THEN 0 ELSE 1 END)::int
        FROM order_facts GROUP BY 1, 2, 3`);
    }
    await qr.query(`DROP TABLE presence`);
    await qr.query(`DROP FUNCTION presence_mark(integer[], bit, integer, bit, integer)`);
    await qr.query(`DROP FUNCTION presence_counts(integer[], integer[])`);
  },
});
