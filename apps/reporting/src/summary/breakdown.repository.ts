import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REVENUE_SQL, SALES_SQL } from '../read-model/contribution.js';
import { bucketsOf, fiscalYearRange, monthsOverlapping } from '../periods/period.js';
import { presenceSpans } from '../read-model/presence.js';
import { presenceInSpan } from '../read-model/presence.repository.js';
import { areaLevel, ReportArea } from './scope.policy.js';

type Span = { from: string; to: string };

/** Sums of one split key: counts and satang come back as numeric text. */
interface SplitRow {
  k: string;
  s: string;
  r: string;
}

export interface SplitFigures {
  key: string;
  salesCount: number;
  revenueSatang: number;
}

const toSplit = (r: SplitRow): SplitFigures => ({ key: r.k, salesCount: Number(r.s), revenueSatang: Number(r.r) });

/**
 * The reads behind the charts' splits (by producer kind, by product category): whole months from the
 * aggregates (agg_lao_month_split), leftover days from the facts, beneficiaries from the area's presence.
 */
@Injectable()
export class BreakdownRepository {
  constructor(private readonly ds: DataSource) {}

  private scope(area: ReportArea, params: unknown[]): string {
    const w = ['true'];
    if (area.provinceCode) w.push(`l.province_code = $${params.push(area.provinceCode)}`);
    if (area.districtCode) w.push(`l.district_code = $${params.push(area.districtCode)}`);
    if (area.laoCode) w.push(`l.code = $${params.push(area.laoCode)}`);
    return `SELECT l.code FROM laos l WHERE ${w.join(' AND ')}`;
  }

  /** month buckets for sums, day-range SQL, and the producer filter. */
  private parts(period: Span, area: ReportArea, params: unknown[]) {
    const b = area.producerId
      ? { fiscalYears: [], months: [], dayRanges: [[period.from, period.to] as [string, string]] }
      : bucketsOf(period);
    const months = [...b.fiscalYears.flatMap((fy) => monthsOverlapping(fiscalYearRange(fy))), ...b.months];
    const days = b.dayRanges.length
      ? `(${b.dayRanges.map(([a, z]) => `day BETWEEN $${params.push(a)}::date AND $${params.push(z)}::date`).join(' OR ')})`
      : 'false';
    const producer = area.producerId ? `AND producer_id = $${params.push(area.producerId)}` : '';
    return { months, days, producer };
  }

  /** Beneficiaries per producer kind, from the area's own presence (read-model/presence.ts), distinct per kind. */
  async beneficiariesByProducerKind(period: Span, area: ReportArea): Promise<Map<string, number>> {
    const own = areaLevel(area);
    const bp: unknown[] = [];
    const spans = presenceSpans(period).map((span) => presenceInSpan(span, own.level, bp));
    const filter = `k = $${bp.push(own.code)}${area.producerId ? ` AND producer_id = $${bp.push(area.producerId)}` : ''}`;
    const rows: Array<{ k: string; b: string }> = await this.ds.query(
      `SELECT producer_kind AS k, SUM(w) AS b FROM (
         SELECT producer_kind, producer_id, MAX(w) AS w FROM (${spans.join(' UNION ALL ')}) u WHERE ${filter} GROUP BY producer_kind, producer_id) x
       GROUP BY producer_kind`,
      bp,
    );
    return new Map(rows.map((r) => [r.k, Number(r.b)]));
  }

  /** Sales and revenue per producer kind, by kind. */
  sumsByProducerKind(period: Span, area: ReportArea): Promise<SplitFigures[]> {
    return this.sumsBy('producer_kind', period, area);
  }

  /** Sales and revenue per product category, by category. */
  sumsByCategory(period: Span, area: ReportArea): Promise<SplitFigures[]> {
    return this.sumsBy('category', period, area);
  }

  /** Sales and revenue per value of one column of the split sums: whole months from them, the rest from the facts. */
  private async sumsBy(key: 'producer_kind' | 'category', period: Span, area: ReportArea): Promise<SplitFigures[]> {
    const params: unknown[] = [];
    const scope = this.scope(area, params);
    const { months, days, producer } = this.parts(period, area, params);
    const pM = params.push(months);
    const rows: SplitRow[] = await this.ds.query(
      `WITH scope AS (${scope}),
       sums AS (
         SELECT ${key} AS k, sales_count::bigint AS s, revenue_satang AS r FROM agg_lao_month_split WHERE month = ANY($${pM}::date[]) AND lao_code IN (SELECT code FROM scope)
         UNION ALL SELECT ${key}, ${SALES_SQL}, ${REVENUE_SQL} FROM order_facts WHERE ${days} ${producer} AND lao_code IN (SELECT code FROM scope))
       SELECT k, SUM(s) AS s, SUM(r) AS r FROM sums GROUP BY k ORDER BY k`,
      params,
    );
    return rows.map(toSplit);
  }
}
