import type { DataSource, EntityManager } from 'typeorm';
import type { PresenceLevel, PresenceSpan } from './presence.js';

type Queryable = DataSource | EntityManager;

// The presence table's statements; what presence is, and the spans a report reads: read-model/presence.ts.

/** Index (0-based) of a fact's day within its fiscal year, over a row aliased `f`. */
const DAY_INDEX = `f.day - make_date(f.fiscal_year - 544, 10, 1)`;

/**
 * The four (level, area) pairs of a fact row `f` joined to its LAO `l`: the LAO, its district and province as
 * the place tables have them now (as sales are rolled up), the nation. A fact of an LAO the place tables do
 * not know yet has no presence (and no row, as its sales); it gets both when the LAO arrives (presenceAtLaoChanged).
 */
const AREAS_OF = `CROSS JOIN LATERAL (VALUES ('lao', l.code), ('district', l.district_code), ('province', l.province_code), ('nation', '')) v(level, code)`;

const COLUMNS = 'fiscal_year, level, area_code, producer_id, producer_kind, member_count, member_counts, days';

/** Presence rows computed from the counted facts matching `where` (over order_facts f). */
function fromFacts(where: string): string {
  return `WITH lv AS (
      SELECT f.fiscal_year, v.level, v.code, f.producer_id, f.producer_kind, f.member_count, ${DAY_INDEX} AS i
      FROM order_facts f JOIN laos l ON l.code = f.lao_code ${AREAS_OF}
      WHERE NOT f.fully_refunded AND NOT f.excluded AND (${where})),
    d AS (SELECT fiscal_year, level, code, producer_id, i, MAX(producer_kind) AS kind, MAX(member_count) AS mc FROM lv GROUP BY 1, 2, 3, 4, 5)
    SELECT fiscal_year, level, code, producer_id, MAX(kind), MAX(mc),
           CASE WHEN MIN(mc) <> MAX(mc) THEN presence_counts(array_agg(i), array_agg(mc)) END,
           bit_or(set_bit(B'0'::bit(366), i, 1))
    FROM d GROUP BY 1, 2, 3, 4`;
}

/**
 * The completion hot path: a data-modifying CTE marking the day of each counted row of `source` (columns
 * day, fiscal_year, lao_code, district_code, province_code, producer_id, producer_kind, member_count, s)
 * at all four levels. Idempotent (OR of a bit, GREATEST of a count), so it only ever adds presence;
 * anything that takes a sale away goes through refreshPresence.
 */
export function markPresenceCte(name: string, source: string): string {
  return `${name} AS (
    INSERT INTO presence AS p (fiscal_year, level, area_code, producer_id, producer_kind, member_count, days)
    SELECT f.fiscal_year, v.level, v.code, f.producer_id, f.producer_kind, f.member_count, set_bit(B'0'::bit(366), ${DAY_INDEX}, 1)
    FROM ${source} f JOIN laos l ON l.code = f.lao_code ${AREAS_OF}
    WHERE f.s > 0
    ON CONFLICT (fiscal_year, level, area_code, producer_id) DO UPDATE SET
      days = p.days | EXCLUDED.days,
      producer_kind = EXCLUDED.producer_kind,
      member_count = GREATEST(p.member_count, EXCLUDED.member_count),
      member_counts = CASE WHEN p.member_counts IS NULL AND p.member_count = EXCLUDED.member_count THEN NULL
                           ELSE presence_mark(p.member_counts, p.days, p.member_count, EXCLUDED.days, EXCLUDED.member_count) END
    -- most sales find their day already marked: then nothing changes and no new row version is written
    WHERE (p.days & EXCLUDED.days) = B'0'::bit(366) OR EXCLUDED.member_count > p.member_count OR p.member_counts IS NOT NULL
       OR p.producer_kind <> EXCLUDED.producer_kind)`;
}

/**
 * Everything that writes a producer's presence (or the sums its facts move) takes this lock first, in one
 * order (sorted), so a completion, a refund, a reconciliation and an LAO move of the same producer take
 * turns: no deadlock between their row locks, no refresh inserting a row another one is inserting.
 */
export async function lockProducers(em: Queryable, producerIds: string[]): Promise<void> {
  await em.query(
    `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(id, 7) AS h FROM unnest($1::text[]) id ORDER BY 1) x`,
    [producerIds],
  );
}

/**
 * Recomputes the presence of some producers in some fiscal years from their facts (a refund, a fact
 * repaired by reconciliation): rows that no longer have a counted day disappear.
 */
export async function refreshPresence(em: Queryable, producerIds: string[], fiscalYears: number[]): Promise<void> {
  await lockProducers(em, producerIds);
  await em.query(`DELETE FROM presence WHERE producer_id = ANY($1::text[]) AND fiscal_year = ANY($2::int[])`, [
    producerIds,
    fiscalYears,
  ]);
  await em.query(
    `INSERT INTO presence (${COLUMNS}) ${fromFacts('f.producer_id = ANY($1::text[]) AND f.fiscal_year = ANY($2::int[])')}`,
    [producerIds, fiscalYears],
  );
}

/**
 * An LAO that appeared or moved to another district or province: the presence of every producer that sold
 * there is recomputed under its place now (rare: one scan of the facts).
 */
export async function presenceAtLaoChanged(em: Queryable, laoCode: string): Promise<void> {
  const rows: Array<{ producer_id: string; fiscal_year: number }> = await em.query(
    `SELECT DISTINCT producer_id, fiscal_year FROM order_facts WHERE lao_code = $1`,
    [laoCode],
  );
  if (!rows.length) return;
  await refreshPresence(em, [...new Set(rows.map((r) => r.producer_id))], [...new Set(rows.map((r) => r.fiscal_year))]);
}

/** All presence from the facts, in bulk (rebuild, benchmark data). */
export async function recomputePresence(q: Queryable): Promise<void> {
  await q.query(`TRUNCATE presence`);
  await q.query(`INSERT INTO presence (${COLUMNS}) ${fromFacts('true')}`);
}

/** Presence rows that differ from what the facts give (0: consistent). The producer kind is not compared. */
export async function presenceDrift(q: Queryable): Promise<number> {
  const cols = 'fiscal_year, level, area_code, producer_id, member_count, member_counts, days';
  const [r]: Array<{ n: number }> = await q.query(
    `WITH f (${COLUMNS}) AS (${fromFacts('true')})
     SELECT COUNT(*)::int AS n FROM (
       (SELECT ${cols} FROM presence EXCEPT SELECT ${cols} FROM f)
       UNION ALL
       (SELECT ${cols} FROM f EXCEPT SELECT ${cols} FROM presence)) d`,
  );
  return r.n;
}

/**
 * SQL selecting (k = area_code, producer_id, producer_kind, w = weight) from the presence rows of one span, at one level,
 * that meet the span's days. `params` receives the span's values.
 */
export function presenceInSpan(span: PresenceSpan, level: PresenceLevel, params: unknown[]): string {
  const fy = `$${params.push(span.fiscalYear)}::int`;
  const lv = `$${params.push(level)}::text`;
  if (span.whole)
    return `SELECT area_code AS k, producer_id, producer_kind, member_count AS w FROM presence WHERE fiscal_year = ${fy} AND level = ${lv}`;
  const mask = '0'.repeat(span.first) + '1'.repeat(span.last - span.first + 1) + '0'.repeat(366 - span.last - 1);
  const m = `$${params.push(mask)}::bit(366)`;
  return `SELECT area_code AS k, producer_id, producer_kind,
            CASE WHEN member_counts IS NULL THEN member_count
                 ELSE (SELECT MAX(x) FROM unnest(member_counts[${span.first + 1}:${span.last + 1}]) x) END AS w
          FROM presence WHERE fiscal_year = ${fy} AND level = ${lv} AND (days & ${m}) <> B'0'::bit(366)`;
}
