import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  AreaQueryDto,
  Caller,
  ReportContentLinkV1,
  FiguresV1,
  ReportLevel,
  SummaryQuery,
  SummaryRowV1,
  SummaryV1,
  TargetV1,
} from '@app/contracts';
import { DomainError } from '@app/messaging';
import { fiscalYearCovering, parsePeriod, Period, previousMonth } from '../periods/period.js';
import { TargetsService, progressOf } from '../targets/targets.service.js';
import { emptyFigures, FiguresRepository, TOTAL } from './figures.repository.js';
import { FlaggedSalesRepository } from '../flags/flagged-sales.repository.js';
import { ReportArea, reportArea } from './scope.policy.js';
import { reportContentLinksRepository } from './report-content-links.repository.js';
import { submissionsRepository } from '../submissions/submissions.repository.js';

export interface ComputedReport {
  rows: SummaryRowV1[];
  totals: SummaryV1['totals'];
}

export const LEVELS_UP: Record<ReportLevel, ReportLevel[]> = {
  lao: ['lao', 'district', 'province'],
  district: ['district', 'province'],
  province: ['province'],
};

/** The submission area an effective report area corresponds to, if it is exactly one. */
export function submissionKeyOf(area: ReportArea): { level: 'nation' | 'province' | 'lao'; code: string } | null {
  if (area.producerId || area.districtCode) return null;
  if (area.laoCode) return { level: 'lao', code: area.laoCode };
  if (area.provinceCode) return { level: 'province', code: area.provinceCode };
  return { level: 'nation', code: '' };
}

@Injectable()
export class SummaryService {
  constructor(
    private readonly ds: DataSource,
    private readonly figures: FiguresRepository,
    private readonly targets: TargetsService,
    private readonly flagged: FlaggedSalesRepository,
  ) {}

  /** Parses the period and applies the caller's scope; an unknown LAO is 404, one outside the scope 403. */
  async resolve(
    caller: Caller | null,
    q: SummaryQuery,
  ): Promise<{ period: Period; groupBy: ReportLevel; area: ReportArea }> {
    const period = parsePeriod(q);
    const groupBy = q.groupBy ?? 'lao';
    const lao = q.laoCode ? await this.figures.findLao(q.laoCode) : null;
    if (q.laoCode && !lao) throw DomainError.notFound('LAO', q.laoCode, 'laoCode');
    return { period, groupBy, area: reportArea(caller, q, groupBy, lao) };
  }

  async summary(caller: Caller | null, q: SummaryQuery): Promise<SummaryV1> {
    const { period, groupBy, area } = await this.resolve(caller, q);
    const key = submissionKeyOf(area);
    const [computed, flaggedSales] = await Promise.all([
      this.compute(period, groupBy, area),
      // a producer is not told which of its sales are flagged; administrators are
      area.producerId ? 0 : this.flagged.count({ from: period.from, to: period.to, area }),
    ]);
    const out: SummaryV1 = { period: toPeriodV1(period), groupBy, ...computed, flaggedSales };
    if (period.kind === 'month' && key) {
      const submitted = await this.findSubmission(period.from, key);
      const frozen = submitted?.figures.levels[groupBy];
      if (submitted && frozen) {
        out.rows = frozen.map((r) => ({ ...r, ...withTarget(r, out.rows.find((x) => x.code === r.code)?.target) }));
        out.totals = { ...submitted.figures.totals, ...withTarget(submitted.figures.totals, out.totals.target) };
        out.submission = { id: submitted.id, submittedAt: submitted.submittedAt, submittedBy: submitted.submittedBy };
      }
      const prevMonth = previousMonth(period.from);
      const prev = await this.findSubmission(prevMonth, key);
      const prevFrozen = prev?.figures.levels[groupBy];
      if (prev && prevFrozen) {
        const now = await this.compute(parsePeriod({ month: prevMonth.slice(0, 7) }), groupBy, area, false);
        const rows = now.rows
          .map((r) => {
            const was = prevFrozen.find((x) => x.code === r.code) ?? { ...emptyFigures() };
            return { code: r.code, nameTh: r.nameTh, ...diff(r, was) };
          })
          .filter((r) => r.salesCount || r.revenueSatang || r.beneficiaries || r.contentLinks);
        out.adjustments = {
          month: prevMonth.slice(0, 7),
          submissionId: prev.id,
          rows,
          totals: diff(now.totals, prev.figures.totals),
        };
      }
    }
    return out;
  }

  /** Rows for every LAO/district/province of the area (zeros included), totals, and targets. */
  async compute(
    period: Pick<Period, 'from' | 'to' | 'kind'>,
    groupBy: ReportLevel,
    area: ReportArea,
    withTargets = true,
    db: DataSource | EntityManager = this.ds,
  ): Promise<ComputedReport> {
    const fy = withTargets && !area.producerId ? fiscalYearCovering(period as Period) : undefined;
    // Figures, the area's members and the targets are independent reads: all four at once.
    const [byKey, dims, targets, total] = await Promise.all([
      this.figures.figures({ from: period.from, to: period.to, area, groupBy, withTotal: true }, db),
      this.figures.dimension(groupBy, area, db),
      fy !== undefined ? this.targets.forRows(fy, groupBy, area) : undefined,
      fy !== undefined ? this.targets.forArea(fy, area) : undefined,
    ]);
    const totals = byKey.get(TOTAL) ?? emptyFigures();
    // A producer sees only where it sold; an area report lists every member of the area.
    const members = area.producerId ? dims.filter((d) => byKey.has(d.code)) : dims;
    // Rows built with one literal each (one object shape): spreading two objects per row cost ~40 ms for
    // the 7,849 LAO rows of a national report. Fields left undefined are absent from the JSON.
    const rows: SummaryRowV1[] = members.map((d) => {
      const f = byKey.get(d.code);
      const target = targets?.get(d.code);
      const row: SummaryRowV1 = {
        code: d.code,
        nameTh: d.nameTh,
        typeTh: d.typeTh,
        districtCode: d.districtCode,
        districtNameTh: d.districtNameTh,
        provinceCode: d.provinceCode,
        provinceNameTh: d.provinceNameTh,
        salesCount: f?.salesCount ?? 0,
        revenueSatang: f?.revenueSatang ?? 0,
        beneficiaries: f?.beneficiaries ?? 0,
        contentLinks: f?.contentLinks ?? 0,
        target,
        progress: undefined,
      };
      if (target) row.progress = progressOf(row, target);
      return row;
    });
    const out: ComputedReport = { rows, totals };
    if (total) Object.assign(out.totals, { target: total, progress: progressOf(totals, total) });
    return out;
  }

  async contentLinks(caller: Caller | null, q: AreaQueryDto): Promise<ReportContentLinkV1[]> {
    const { period, area } = await this.resolve(caller, q);
    return this.listContentLinks(period, area);
  }

  async listContentLinks(period: Pick<Period, 'from' | 'to'>, area: ReportArea): Promise<ReportContentLinkV1[]> {
    return reportContentLinksRepository.list(this.ds.manager, period, area);
  }

  private async findSubmission(month: string, key: { level: 'nation' | 'province' | 'lao'; code: string }) {
    return submissionsRepository.find(this.ds.manager, month, key);
  }
}

export interface SubmittedFigures {
  levels: Partial<Record<ReportLevel, SummaryRowV1[]>>;
  totals: FiguresV1;
}

/** Frozen figures keep the live target, with progress measured on the frozen numbers. */
function withTarget(figures: FiguresV1, target?: TargetV1): Partial<SummaryRowV1> {
  return target ? { target, progress: progressOf(figures, target) } : {};
}

function diff(now: FiguresV1, was: FiguresV1): FiguresV1 {
  return {
    salesCount: now.salesCount - was.salesCount,
    revenueSatang: now.revenueSatang - was.revenueSatang,
    beneficiaries: now.beneficiaries - was.beneficiaries,
    contentLinks: now.contentLinks - was.contentLinks,
  };
}

export function toPeriodV1(p: Period): SummaryV1['period'] {
  return {
    kind: p.kind,
    from: p.from,
    to: p.to,
    labelTh: p.labelTh,
    ...(p.fiscalYear ? { fiscalYear: p.fiscalYear } : {}),
    ...(p.month ? { month: p.month } : {}),
  };
}
