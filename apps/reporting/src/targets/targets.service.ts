import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, ProgressV1, ReportLevel, SetTargetCommand, TargetSetV1, TargetV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { FiguresRepository } from '../summary/figures.repository.js';
import { assertMaySetTarget, ReportArea } from '../summary/scope.policy.js';

/** Percent reached, one decimal; null when the target is 0 (no meaningful percentage). */
export function percent(actual: number, target: number): number | null {
  return target > 0 ? Math.round((actual / target) * 1000) / 10 : null;
}

export function progressOf(actual: TargetV1, target: TargetV1): ProgressV1 {
  return {
    salesCount: percent(actual.salesCount, target.salesCount),
    revenueSatang: percent(actual.revenueSatang, target.revenueSatang),
    beneficiaries: percent(actual.beneficiaries, target.beneficiaries),
  };
}

type TargetRow = { code: string; sales_count: string; revenue_satang: string; beneficiaries: string };
const toTarget = (r: TargetRow): TargetV1 => ({ salesCount: Number(r.sales_count), revenueSatang: Number(r.revenue_satang), beneficiaries: Number(r.beneficiaries) });

/**
 * Fiscal-year targets are set for an LAO or a province. A district's target is the sum of its LAOs'
 * targets (the letter sets none for districts); the nation's the sum of the provinces'.
 */
@Injectable()
export class TargetsService {
  constructor(
    private readonly ds: DataSource,
    private readonly figures: FiguresRepository,
  ) {}

  async set(caller: Caller | null, cmd: SetTargetCommand): Promise<TargetSetV1> {
    if (!!cmd.laoCode === !!cmd.provinceCode) throw DomainError.validation('laoCode', 'give exactly one of laoCode or provinceCode');
    const lao = cmd.laoCode ? await this.figures.findLao(cmd.laoCode) : null;
    if (cmd.laoCode && !lao) throw DomainError.notFound('LAO', cmd.laoCode, 'laoCode');
    if (cmd.provinceCode && !(await this.figures.provinceExists(cmd.provinceCode))) throw DomainError.notFound('Province', cmd.provinceCode, 'provinceCode');
    assertMaySetTarget(caller, cmd, lao);
    const level = cmd.laoCode ? 'lao' : 'province';
    const code = (cmd.laoCode ?? cmd.provinceCode)!;
    await this.ds.query(
      `INSERT INTO targets (fiscal_year, level, code, sales_count, revenue_satang, beneficiaries, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (fiscal_year, level, code) DO UPDATE SET sales_count = EXCLUDED.sales_count, revenue_satang = EXCLUDED.revenue_satang,
         beneficiaries = EXCLUDED.beneficiaries, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [cmd.fiscalYear, level, code, cmd.salesCount, cmd.revenueSatang, cmd.beneficiaries, caller!.userId],
    );
    return { fiscalYear: cmd.fiscalYear, level, code, salesCount: cmd.salesCount, revenueSatang: cmd.revenueSatang, beneficiaries: cmd.beneficiaries };
  }

  /** Targets of the rows of a report level within an area. */
  async forRows(fiscalYear: number, groupBy: ReportLevel, area: ReportArea): Promise<Map<string, TargetV1>> {
    const params: unknown[] = [fiscalYear];
    const where = ['true'];
    if (area.provinceCode) where.push(`l.province_code = $${params.push(area.provinceCode)}`);
    if (area.districtCode) where.push(`l.district_code = $${params.push(area.districtCode)}`);
    if (area.laoCode) where.push(`l.code = $${params.push(area.laoCode)}`);
    const sql =
      groupBy === 'province'
        ? `SELECT t.code, t.sales_count, t.revenue_satang, t.beneficiaries FROM targets t
           WHERE t.fiscal_year = $1 AND t.level = 'province' AND t.code IN (SELECT l.province_code FROM laos l WHERE ${where.join(' AND ')})`
        : `SELECT ${groupBy === 'lao' ? 'l.code' : 'l.district_code'} AS code, SUM(t.sales_count) AS sales_count,
                  SUM(t.revenue_satang) AS revenue_satang, SUM(t.beneficiaries) AS beneficiaries
           FROM targets t JOIN laos l ON l.code = t.code AND t.level = 'lao'
           WHERE t.fiscal_year = $1 AND ${where.join(' AND ')} GROUP BY 1`;
    const rows: TargetRow[] = await this.ds.query(sql, params);
    return new Map(rows.map((r) => [r.code, toTarget(r)]));
  }

  /** The target of the whole area. */
  async forArea(fiscalYear: number, area: ReportArea): Promise<TargetV1 | undefined> {
    if (area.laoCode) return (await this.forRows(fiscalYear, 'lao', area)).get(area.laoCode);
    if (area.districtCode) return (await this.forRows(fiscalYear, 'district', area)).get(area.districtCode);
    if (area.provinceCode) return (await this.forRows(fiscalYear, 'province', area)).get(area.provinceCode);
    const [r] = await this.ds.query(
      `SELECT COUNT(*) AS n, SUM(sales_count) AS sales_count, SUM(revenue_satang) AS revenue_satang, SUM(beneficiaries) AS beneficiaries
       FROM targets WHERE fiscal_year = $1 AND level = 'province'`,
      [fiscalYear],
    );
    return Number(r.n) > 0 ? toTarget(r) : undefined;
  }
}
