import type { EntityManager } from 'typeorm';
import type { ReportLevel, TargetV1 } from '@app/contracts';
import type { ReportArea } from '../summary/scope.policy.js';

export interface TargetFields {
  fiscalYear: number;
  level: 'lao' | 'province';
  code: string;
  salesCount: number;
  revenueSatang: number;
  beneficiaries: number;
  setBy: string;
}

/** Sums come back as numeric text. */
type TargetRow = { code: string; sales_count: string; revenue_satang: string; beneficiaries: string };
const toTarget = (r: Omit<TargetRow, 'code'>): TargetV1 => ({
  salesCount: Number(r.sales_count),
  revenueSatang: Number(r.revenue_satang),
  beneficiaries: Number(r.beneficiaries),
});

/** Fiscal-year targets of LAOs and provinces, and their sums by district and nation. */
export const targetsRepository = {
  /** Sets (or replaces) the target of one LAO or province for the year. */
  async upsert(em: EntityManager, t: TargetFields): Promise<void> {
    await em.query(
      `INSERT INTO targets (fiscal_year, level, code, sales_count, revenue_satang, beneficiaries, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (fiscal_year, level, code) DO UPDATE SET sales_count = EXCLUDED.sales_count, revenue_satang = EXCLUDED.revenue_satang,
         beneficiaries = EXCLUDED.beneficiaries, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [t.fiscalYear, t.level, t.code, t.salesCount, t.revenueSatang, t.beneficiaries, t.setBy],
    );
  },

  /** Targets of the rows of a report level within an area: provinces as set, LAOs and districts summed from the LAOs'. */
  async forRows(
    em: EntityManager,
    fiscalYear: number,
    groupBy: ReportLevel,
    area: ReportArea,
  ): Promise<Map<string, TargetV1>> {
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
    const rows: TargetRow[] = await em.query(sql, params);
    return new Map(rows.map((r) => [r.code, toTarget(r)]));
  },

  /** The nation's target: the sum of the provinces' (undefined when no province has one). */
  async nation(em: EntityManager, fiscalYear: number): Promise<TargetV1 | undefined> {
    const [r]: Array<Omit<TargetRow, 'code'> & { n: string }> = await em.query(
      `SELECT COUNT(*) AS n, SUM(sales_count) AS sales_count, SUM(revenue_satang) AS revenue_satang, SUM(beneficiaries) AS beneficiaries
       FROM targets WHERE fiscal_year = $1 AND level = 'province'`,
      [fiscalYear],
    );
    return Number(r.n) > 0 ? toTarget(r) : undefined;
  },
};
