import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FiguresV1, ReportLevel } from '@app/contracts';
import { REVENUE_SQL, SALES_SQL } from '../read-model/contribution.js';
import { sumBucketsOf } from '../periods/period.js';
import { PresenceLevel, presenceSpans } from '../read-model/presence.js';
import { presenceInSpan } from '../read-model/presence.repository.js';
import { DimensionRow, inArea, PlaceDirectory, rowKeyOf } from './place-directory.js';
import { areaLevel, ReportArea } from './scope.policy.js';

export type GroupKey = ReportLevel | 'total';
export type { DimensionRow };

export interface FiguresQuery {
  from: string;
  to: string;
  groupBy: GroupKey;
  area: ReportArea;
  /** also compute the area's total (key TOTAL) in the same scan: beneficiaries are distinct over the area */
  withTotal?: boolean;
}

export const TOTAL = '*';

/** GROUP BY for the per-key rows, plus the grand total when asked (GROUPING SETS: one scan). */
function grouping(q: FiguresQuery, extra = ''): { key: string; by: string } {
  const cols = extra ? `sc.k, ${extra}` : 'sc.k';
  if (!q.withTotal || q.groupBy === 'total') return { key: 'sc.k', by: `GROUP BY ${cols}` };
  return {
    key: `CASE WHEN GROUPING(sc.k) = 1 THEN '${TOTAL}' ELSE sc.k END`,
    by: `GROUP BY GROUPING SETS ((${cols}), (${extra || ''}))`,
  };
}

type Queryable = DataSource | EntityManager;

const KEY: Record<GroupKey, string> = {
  lao: 'l.code',
  district: 'l.district_code',
  province: 'l.province_code',
  total: `''::text`,
};

/** WHERE over laos l for an area. */
function areaWhere(area: ReportArea, params: unknown[]): string {
  const parts = ['true'];
  if (area.provinceCode) parts.push(`l.province_code = $${params.push(area.provinceCode)}`);
  if (area.districtCode) parts.push(`l.district_code = $${params.push(area.districtCode)}`);
  if (area.laoCode) parts.push(`l.code = $${params.push(area.laoCode)}`);
  return parts.join(' AND ');
}

/** A condition on lao_code: the LAOs of an area (none for the nation). */
function laoScope(area: ReportArea, params: unknown[]): string {
  if (!area.provinceCode && !area.districtCode && !area.laoCode) return 'true';
  return `lao_code IN (SELECT l.code FROM laos l WHERE ${areaWhere(area, params)})`;
}

const LEVEL_RANK: Record<PresenceLevel, number> = { lao: 0, district: 1, province: 2, nation: 3 };

async function sequentially<T>(parts: Array<() => Promise<T>>): Promise<T[]> {
  const out: T[] = [];
  for (const p of parts) out.push(await p());
  return out;
}

const emptyFigures = (): FiguresV1 => ({ salesCount: 0, revenueSatang: 0, beneficiaries: 0, contentLinks: 0 });

function toMap(rows: Array<{ k: string; s: string; r: string; b: string; c: string }>): Map<string, FiguresV1> {
  return new Map(
    rows.map((x) => [
      x.k,
      { salesCount: Number(x.s), revenueSatang: Number(x.r), beneficiaries: Number(x.b), contentLinks: Number(x.c) },
    ]),
  );
}

/**
 * A summary's statements read tens of thousands of rows through unions whose row counts the planner
 * over-estimates: it compiled them with JIT (50-65 ms measured with EXPLAIN ANALYZE at 1,000,000 orders),
 * sized hash aggregates past the 4 MB default work_mem, and started parallel workers that only compete with
 * the summary's other statements on two cores. Set for the statement's transaction only.
 */
async function withPlannerSettings<T>(db: Queryable, run: (em: Queryable) => Promise<T>): Promise<T> {
  const tuned = async (em: Queryable) => {
    await em.query(
      `SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true), set_config('max_parallel_workers_per_gather', '0', true)`,
    );
    return run(em);
  };
  return db instanceof DataSource ? db.transaction(tuned) : tuned(db);
}

const FINAL_SELECT = `
  SELECT keys.k, COALESCE(s.s, 0) AS s, COALESCE(s.r, 0) AS r, COALESCE(b.b, 0) AS b, COALESCE(c.c, 0) AS c
  FROM (SELECT k FROM s UNION SELECT k FROM b UNION SELECT k FROM c) keys
  LEFT JOIN s USING (k) LEFT JOIN b USING (k) LEFT JOIN c USING (k)`;

/**
 * The figures, two ways. `figures` reads the pre-aggregated tables (whole fiscal years and months) plus
 * raw facts only for leftover days; `naiveFigures` is the straight GROUP BY over order_facts — the
 * reference the aggregates must equal, the path for a producer's own figures, and the benchmark's
 * baseline. Beneficiaries are distinct producers within each group (max member count), never a sum of
 * per-month counts.
 */
@Injectable()
export class FiguresRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly places: PlaceDirectory,
  ) {}

  async figures(q: FiguresQuery, db: Queryable = this.ds): Promise<Map<string, FiguresV1>> {
    if (q.area.producerId) return this.naiveFigures(q, db);
    const own = areaLevel(q.area);
    const total = q.withTotal && q.groupBy !== 'total';
    // Rows no wider than the area (its LAOs, districts…) each have their own presence; an area inside a
    // single row (an LAO's report by district or province) makes that one row, and its beneficiaries are
    // the area's own, not the whole district's or province's.
    const rowsInsideArea = q.groupBy !== 'total' && LEVEL_RANK[q.groupBy] <= LEVEL_RANK[own.level];
    // Independent statements: on the pool they run side by side (both cores), in a transaction in turn.
    const parts: Array<() => Promise<unknown>> = [
      () => this.places.current(db),
      () => this.sumsByLao(q, db),
      () => this.linksByLao(q, db),
      () =>
        rowsInsideArea
          ? this.beneficiaries(q, q.groupBy as ReportLevel, { area: q.area }, db)
          : this.beneficiaries(q, own.level, { code: own.code }, db),
    ];
    if (total) parts.push(() => this.beneficiaries(q, own.level, { code: own.code }, db));
    const [places, sums, links, rows, area] = (
      db instanceof DataSource ? await Promise.all(parts.map((p) => p())) : await sequentially(parts)
    ) as [
      Awaited<ReturnType<PlaceDirectory['current']>>,
      Array<{ k: string; s: string; r: string }>,
      Array<{ k: string; c: string }>,
      Array<{ k: string; b: string }>,
      Array<{ k: string; b: string }> | undefined,
    ];
    const out = new Map<string, FiguresV1>();
    const at = (k: string) => {
      let f = out.get(k);
      if (!f) out.set(k, (f = emptyFigures()));
      return f;
    };
    const sum = total ? at(TOTAL) : emptyFigures();
    const wholeNation = own.level === 'nation';
    // Sales, revenue and links add up from LAOs to their rows and to the total (LAOs the place tables do
    // not know are in no row, as before); beneficiaries are distinct, so they come per row from presence.
    for (const x of sums) {
      const lao = places.byCode.get(x.k);
      if (!lao || !(wholeNation || inArea(lao, q.area))) continue;
      const f = at(rowKeyOf(lao, q.groupBy));
      const s = Number(x.s);
      const r = Number(x.r);
      f.salesCount += s;
      f.revenueSatang += r;
      sum.salesCount += s;
      sum.revenueSatang += r;
    }
    for (const x of links) {
      const lao = places.byCode.get(x.k);
      if (!lao || !(wholeNation || inArea(lao, q.area))) continue;
      at(rowKeyOf(lao, q.groupBy)).contentLinks += Number(x.c);
      sum.contentLinks += Number(x.c);
    }
    if (rowsInsideArea) for (const x of rows) at(x.k).beneficiaries += Number(x.b);
    else {
      const one = q.groupBy === 'total' ? '' : places.laos.find((l) => inArea(l, q.area));
      const key = typeof one === 'string' ? one : one && rowKeyOf(one, q.groupBy);
      if (key !== undefined) for (const x of rows) at(key).beneficiaries += Number(x.b);
    }
    for (const x of area ?? []) sum.beneficiaries += Number(x.b);
    return out;
  }

  /**
   * Sales and revenue per LAO of the area: whole fiscal years and months from the sums, leftover days from
   * the facts (a stretch of more than half a month as the month less the other days: periods.sumBucketsOf).
   */
  private async sumsByLao(q: FiguresQuery, db: Queryable) {
    const b = sumBucketsOf(q);
    const params: unknown[] = [];
    const scope = laoScope(q.area, params);
    if (b.fiscalYears.length + b.months.length === 1 && !b.dayRanges.length && !b.minusDayRanges.length) {
      // one bucket: its rows are already one per LAO
      const [table, col, value] = b.fiscalYears.length
        ? ['agg_lao_fy', 'fiscal_year', b.fiscalYears[0]]
        : ['agg_lao_month', 'month', b.months[0]];
      return db.query(
        `SELECT lao_code AS k, sales_count AS s, revenue_satang AS r FROM ${table} WHERE ${col} = $${params.push(value)} AND ${scope}`,
        params,
      );
    }
    const pFy = params.push(b.fiscalYears);
    const pM = params.push(b.months);
    // One range scan per stretch of days (index-only, through the covering index).
    const days = (ranges: Array<[string, string]>, sign: string) =>
      ranges.map(
        ([a, z]) =>
          `UNION ALL SELECT lao_code, ${sign}(${SALES_SQL}), ${sign}(${REVENUE_SQL}) FROM order_facts WHERE day BETWEEN $${params.push(a)}::date AND $${params.push(z)}::date`,
      );
    return withPlannerSettings(db, (em) =>
      em.query(
        `SELECT lao_code AS k, SUM(s) AS s, SUM(r) AS r FROM (
         SELECT lao_code, sales_count AS s, revenue_satang AS r FROM agg_lao_fy WHERE fiscal_year = ANY($${pFy}::int[])
         UNION ALL SELECT lao_code, sales_count, revenue_satang FROM agg_lao_month WHERE month = ANY($${pM}::date[])
         ${days(b.dayRanges, '').join(' ')} ${days(b.minusDayRanges, '-').join(' ')}) u
       WHERE ${scope} GROUP BY lao_code`,
        params,
      ),
    );
  }

  private async linksByLao(q: FiguresQuery, db: Queryable) {
    const params: unknown[] = [];
    const scope = laoScope(q.area, params);
    return db.query(
      `SELECT lao_code AS k, COUNT(*) AS c FROM content_links
       WHERE removed_at IS NULL AND day BETWEEN $${params.push(q.from)}::date AND $${params.push(q.to)}::date AND ${scope} GROUP BY lao_code`,
      params,
    );
  }

  /**
   * Beneficiaries per area of one level, from presence (read-model/presence.ts): either the areas of that
   * level within `area`, or the one area `code`. A period inside one fiscal year is a plain sum; one
   * spanning years counts each producer once across them.
   */
  private async beneficiaries(
    q: FiguresQuery,
    level: PresenceLevel,
    of: { area: ReportArea } | { code: string },
    db: Queryable,
  ) {
    const params: unknown[] = [];
    const spans = presenceSpans(q).map((span) => presenceInSpan(span, level, params));
    let filter: string;
    if ('code' in of) filter = `k = $${params.push(of.code)}`;
    else if (!of.area.provinceCode && !of.area.districtCode && !of.area.laoCode) filter = 'true';
    else filter = `k IN (SELECT ${KEY[level as ReportLevel]} FROM laos l WHERE ${areaWhere(of.area, params)})`;
    const sql =
      spans.length === 1
        ? `SELECT k, SUM(w) AS b FROM (${spans[0]}) x WHERE ${filter} GROUP BY k`
        : `SELECT k, SUM(w) AS b FROM (SELECT k, producer_id, MAX(w) AS w FROM (${spans.join(' UNION ALL ')}) u WHERE ${filter} GROUP BY k, producer_id) x GROUP BY k`;
    return withPlannerSettings(db, (em) => em.query(sql, params));
  }

  async naiveFigures(q: FiguresQuery, db: Queryable = this.ds): Promise<Map<string, FiguresV1>> {
    const params: unknown[] = [];
    const where = areaWhere(q.area, params);
    const pFrom = params.push(q.from);
    const pTo = params.push(q.to);
    const producer = q.area.producerId ? `AND x.producer_id = $${params.push(q.area.producerId)}` : '';
    const g = grouping(q);
    const gp = grouping(q, 'x.producer_id');
    const rows = await db.query(
      `WITH scope AS (SELECT l.code, ${KEY[q.groupBy]} AS k FROM laos l WHERE ${where}),
       s AS (SELECT ${g.key} AS k, SUM(${SALES_SQL}) AS s, SUM(${REVENUE_SQL}) AS r FROM order_facts x JOIN scope sc ON sc.code = x.lao_code
             WHERE x.day BETWEEN $${pFrom}::date AND $${pTo}::date ${producer} ${g.by}),
       b AS (SELECT k, SUM(mc) AS b FROM (
               SELECT ${gp.key} AS k, x.producer_id, MAX(x.member_count) AS mc FROM order_facts x JOIN scope sc ON sc.code = x.lao_code
               WHERE x.day BETWEEN $${pFrom}::date AND $${pTo}::date AND NOT x.fully_refunded AND NOT x.excluded ${producer} ${gp.by}
             ) z GROUP BY k),
       c AS (SELECT ${g.key} AS k, COUNT(*) AS c FROM content_links x JOIN scope sc ON sc.code = x.lao_code
             WHERE x.removed_at IS NULL AND x.day BETWEEN $${pFrom}::date AND $${pTo}::date ${producer} ${g.by})
       ${FINAL_SELECT}`,
      params,
    );
    return toMap(rows);
  }

  async totals(q: Omit<FiguresQuery, 'groupBy'>, naive = false, db: Queryable = this.ds): Promise<FiguresV1> {
    const m = naive
      ? await this.naiveFigures({ ...q, groupBy: 'total' }, db)
      : await this.figures({ ...q, groupBy: 'total' }, db);
    return m.get('') ?? emptyFigures();
  }

  /** Every LAO, district or province of the area, with names: the report's rows, zeros included. */
  dimension(groupBy: ReportLevel, area: ReportArea, db: Queryable = this.ds): Promise<DimensionRow[]> {
    return this.places.dimension(groupBy, area, db);
  }

  findLao(code: string, db: Queryable = this.ds) {
    return this.places.findLao(code, db);
  }

  async provinceExists(code: string, db: Queryable = this.ds): Promise<boolean> {
    return (await db.query(`SELECT 1 FROM provinces WHERE code = $1`, [code])).length > 0;
  }
}

export { emptyFigures };
