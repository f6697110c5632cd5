import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AreaQueryDto, BreakdownV1, Caller } from '@app/contracts';
import { REVENUE_SQL, SALES_SQL } from '../read-model/facts.js';
import { bucketsOf, fiscalYearRange, lastDayOfMonth, monthsOverlapping } from '../periods/period.js';
import { FiguresRepository } from './figures.repository.js';
import { areaLevel, ReportArea } from './scope.policy.js';
import { presenceInSpan, presenceSpans } from '../read-model/presence.js';
import { SummaryService, toPeriodV1 } from './summary.service.js';

/**
 * The splits the charts need: by producer kind (with beneficiaries), by product category, and a monthly
 * series (each month's own distinct beneficiaries). Whole months read the aggregates; leftover days the facts.
 */
@Injectable()
export class BreakdownService {
  constructor(
    private readonly ds: DataSource,
    private readonly summary: SummaryService,
    private readonly figures: FiguresRepository,
  ) {}

  async breakdown(caller: Caller | null, q: AreaQueryDto): Promise<BreakdownV1> {
    const { period, area } = await this.summary.resolve(caller, q);
    const [byProducerKind, byCategory, byMonth] = await Promise.all([this.byKind(period, area), this.byCategory(period, area), this.byMonth(period, area)]);
    return { period: toPeriodV1(period), byProducerKind, byCategory, byMonth };
  }

  private scope(area: ReportArea, params: unknown[]): string {
    const w = ['true'];
    if (area.provinceCode) w.push(`l.province_code = $${params.push(area.provinceCode)}`);
    if (area.districtCode) w.push(`l.district_code = $${params.push(area.districtCode)}`);
    if (area.laoCode) w.push(`l.code = $${params.push(area.laoCode)}`);
    return `SELECT l.code FROM laos l WHERE ${w.join(' AND ')}`;
  }

  /** month buckets for sums, day-range SQL, and the producer filter. */
  private parts(period: { from: string; to: string }, area: ReportArea, params: unknown[]) {
    const b = area.producerId ? { fiscalYears: [], months: [], dayRanges: [[period.from, period.to] as [string, string]] } : bucketsOf(period);
    const months = [...b.fiscalYears.flatMap((fy) => monthsOverlapping(fiscalYearRange(fy))), ...b.months];
    const days = b.dayRanges.length ? `(${b.dayRanges.map(([a, z]) => `day BETWEEN $${params.push(a)}::date AND $${params.push(z)}::date`).join(' OR ')})` : 'false';
    const producer = area.producerId ? `AND producer_id = $${params.push(area.producerId)}` : '';
    return { months, days, producer };
  }

  private async byKind(period: { from: string; to: string }, area: ReportArea) {
    const params: unknown[] = [];
    const scope = this.scope(area, params);
    const { months, days, producer } = this.parts(period, area, params);
    const pM = params.push(months);
    const sums = await this.ds.query(
      `WITH scope AS (${scope})
       SELECT k, SUM(s) AS s, SUM(r) AS r FROM (
         SELECT producer_kind AS k, sales_count::bigint AS s, revenue_satang AS r FROM agg_lao_month_split WHERE month = ANY($${pM}::date[]) AND lao_code IN (SELECT code FROM scope)
         UNION ALL SELECT producer_kind, ${SALES_SQL}, ${REVENUE_SQL} FROM order_facts WHERE ${days} ${producer} AND lao_code IN (SELECT code FROM scope)) u
       GROUP BY k`,
      params,
    );
    // Beneficiaries from the area's own presence (read-model/presence.ts), distinct per kind.
    const own = areaLevel(area);
    const bp: unknown[] = [];
    const spans = presenceSpans(period).map((span) => presenceInSpan(span, own.level, bp));
    const filter = `k = $${bp.push(own.code)}${area.producerId ? ` AND producer_id = $${bp.push(area.producerId)}` : ''}`;
    const beneficiaries: Array<{ k: string; b: string }> = await this.ds.query(
      `SELECT producer_kind AS k, SUM(w) AS b FROM (
         SELECT producer_kind, producer_id, MAX(w) AS w FROM (${spans.join(' UNION ALL ')}) u WHERE ${filter} GROUP BY producer_kind, producer_id) x
       GROUP BY producer_kind`,
      bp,
    );
    const kinds = [...new Set([...sums.map((r: { k: string }) => r.k), ...beneficiaries.map((r) => r.k)])].sort();
    return kinds.map((k) => {
      const s = sums.find((r: { k: string }) => r.k === k);
      return { producerKind: k, salesCount: Number(s?.s ?? 0), revenueSatang: Number(s?.r ?? 0), beneficiaries: Number(beneficiaries.find((r) => r.k === k)?.b ?? 0) };
    });
  }

  private async byCategory(period: { from: string; to: string }, area: ReportArea) {
    const params: unknown[] = [];
    const scope = this.scope(area, params);
    const { months, days, producer } = this.parts(period, area, params);
    const pM = params.push(months);
    const rows = await this.ds.query(
      `WITH scope AS (${scope}),
       sums AS (
         SELECT category AS k, sales_count::bigint AS s, revenue_satang AS r FROM agg_lao_month_split WHERE month = ANY($${pM}::date[]) AND lao_code IN (SELECT code FROM scope)
         UNION ALL SELECT category, ${SALES_SQL}, ${REVENUE_SQL} FROM order_facts WHERE ${days} ${producer} AND lao_code IN (SELECT code FROM scope))
       SELECT k, SUM(s) AS s, SUM(r) AS r FROM sums GROUP BY k ORDER BY k`,
      params,
    );
    return rows.map((r: Record<string, string>) => ({ category: r.k, salesCount: Number(r.s), revenueSatang: Number(r.r) }));
  }

  private async byMonth(period: { from: string; to: string }, area: ReportArea) {
    const out: BreakdownV1['byMonth'] = [];
    for (const m of monthsOverlapping(period)) {
      const from = m < period.from ? period.from : m;
      const to = lastDayOfMonth(m) > period.to ? period.to : lastDayOfMonth(m);
      out.push({ month: m.slice(0, 7), ...(await this.figures.totals({ from, to, area })) });
    }
    return out;
  }
}
