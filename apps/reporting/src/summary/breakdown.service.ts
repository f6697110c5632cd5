import { Injectable } from '@nestjs/common';
import type { AreaQueryDto, BreakdownV1, Caller } from '@app/contracts';
import { lastDayOfMonth, monthsOverlapping } from '../periods/period.js';
import { BreakdownRepository } from './breakdown.repository.js';
import { FiguresRepository } from './figures.repository.js';
import type { ReportArea } from './scope.policy.js';
import { SummaryService, toPeriodV1 } from './summary.service.js';

/**
 * The splits the charts need: by producer kind (with beneficiaries), by product category, and a monthly
 * series (each month's own distinct beneficiaries). Whole months read the aggregates; leftover days the facts.
 */
@Injectable()
export class BreakdownService {
  constructor(
    private readonly splits: BreakdownRepository,
    private readonly summary: SummaryService,
    private readonly figures: FiguresRepository,
  ) {}

  async breakdown(caller: Caller | null, q: AreaQueryDto): Promise<BreakdownV1> {
    const { period, area } = await this.summary.resolve(caller, q);
    const [byProducerKind, byCategory, byMonth] = await Promise.all([
      this.byKind(period, area),
      this.byCategory(period, area),
      this.byMonth(period, area),
    ]);
    return { period: toPeriodV1(period), byProducerKind, byCategory, byMonth };
  }

  private async byKind(period: { from: string; to: string }, area: ReportArea) {
    const sums = await this.splits.sumsByProducerKind(period, area);
    const beneficiaries = await this.splits.beneficiariesByProducerKind(period, area);
    const kinds = [...new Set([...sums.map((r) => r.key), ...beneficiaries.keys()])].sort();
    return kinds.map((k) => {
      const s = sums.find((r) => r.key === k);
      return {
        producerKind: k,
        salesCount: s?.salesCount ?? 0,
        revenueSatang: s?.revenueSatang ?? 0,
        beneficiaries: beneficiaries.get(k) ?? 0,
      };
    });
  }

  private async byCategory(period: { from: string; to: string }, area: ReportArea) {
    return (await this.splits.sumsByCategory(period, area)).map((r) => ({
      category: r.key,
      salesCount: r.salesCount,
      revenueSatang: r.revenueSatang,
    }));
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
