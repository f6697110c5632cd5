import type { EntityManager } from 'typeorm';
import type { SubmissionV1 } from '@app/contracts';
import type { SubmittedFigures } from '../summary/summary.service.js';

export interface NewSubmission {
  id: string;
  /** the month's first day, YYYY-MM-DD */
  month: string;
  areaLevel: SubmissionV1['areaLevel'];
  areaCode: string;
  submittedBy: string;
  submittedAt: Date;
  /** the frozen figures (stored as jsonb) */
  figures: object;
}

/** Which submissions a list shows: the nation's (all), a province's and its LAOs', or one LAO's. */
export interface SubmissionScope {
  level: SubmissionV1['areaLevel'];
  code: string;
}

interface SubmissionRow {
  id: string;
  month: string;
  area_level: SubmissionV1['areaLevel'];
  area_code: string;
  submitted_by: string;
  submitted_at: Date;
  totals: SubmissionV1['totals'];
}

/** The submitted months of each area (frozen figures): the only SQL on `submissions` outside the report's own reads. */
export const submissionsRepository = {
  /** Which of these LAOs submitted their own report of the month (`month`: its first day). */
  async laosSubmitted(em: EntityManager, month: string, laoCodes: string[]): Promise<Set<string>> {
    const rows: Array<{ area_code: string }> = await em.query(
      `SELECT area_code FROM submissions WHERE month = $1::date AND area_level = 'lao' AND area_code = ANY($2::text[])`,
      [month, laoCodes],
    );
    return new Set(rows.map((r) => r.area_code));
  },

  /** false when the area's month was already submitted (nothing written). */
  async insert(em: EntityManager, s: NewSubmission): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO submissions (id, month, area_level, area_code, submitted_by, submitted_at, figures) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (month, area_level, area_code) DO NOTHING RETURNING id`,
      [s.id, s.month, s.areaLevel, s.areaCode, s.submittedBy, s.submittedAt, JSON.stringify(s.figures)],
    );
    return inserted.length > 0;
  },

  /** One area's submission of a month, with its frozen figures. */
  async find(
    em: EntityManager,
    month: string,
    key: SubmissionScope,
  ): Promise<{ id: string; submittedBy: string; submittedAt: string; figures: SubmittedFigures } | null> {
    const rows: Array<{ id: string; submitted_by: string; submitted_at: Date; figures: SubmittedFigures }> =
      await em.query(
        `SELECT id, submitted_by, submitted_at, figures FROM submissions WHERE month = $1 AND area_level = $2 AND area_code = $3`,
        [month, key.level, key.code],
      );
    if (!rows.length) return null;
    return {
      id: rows[0].id,
      submittedBy: rows[0].submitted_by,
      submittedAt: new Date(rows[0].submitted_at).toISOString(),
      figures: rows[0].figures,
    };
  },

  /** Ids of the month's submissions that include an LAO's figures (its own, its province's, the nation's), oldest first. */
  async idsCoveringLao(em: EntityManager, month: string, laoCode: string, provinceCode: string): Promise<string[]> {
    const submitted: Array<{ id: string }> = await em.query(
      `SELECT id FROM submissions WHERE month = $1 AND ((area_level = 'lao' AND area_code = $2) OR (area_level = 'province' AND area_code = $3) OR area_level = 'nation')
         ORDER BY submitted_at`,
      [month, laoCode, provinceCode],
    );
    return submitted.map((s) => s.id);
  },

  /** Newest month first; `months` bounds them (a fiscal year). */
  async list(
    em: EntityManager,
    scope: SubmissionScope,
    months?: { from: string; to: string },
  ): Promise<SubmissionV1[]> {
    const params: unknown[] = [];
    const where = ['true'];
    if (months) where.push(`s.month BETWEEN $${params.push(months.from)}::date AND $${params.push(months.to)}::date`);
    if (scope.level === 'province') {
      const p = params.push(scope.code);
      where.push(
        `((s.area_level = 'province' AND s.area_code = $${p}) OR (s.area_level = 'lao' AND s.area_code IN (SELECT code FROM laos WHERE province_code = $${p})))`,
      );
    } else if (scope.level === 'lao') {
      where.push(`s.area_level = 'lao' AND s.area_code = $${params.push(scope.code)}`);
    }
    const rows: SubmissionRow[] = await em.query(
      `SELECT s.id, to_char(s.month, 'YYYY-MM') AS month, s.area_level, s.area_code, s.submitted_by, s.submitted_at, s.figures -> 'totals' AS totals
       FROM submissions s WHERE ${where.join(' AND ')} ORDER BY s.month DESC, s.area_level, s.area_code`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      month: r.month,
      areaLevel: r.area_level,
      areaCode: r.area_code,
      submittedBy: r.submitted_by,
      submittedAt: new Date(r.submitted_at).toISOString(),
      totals: r.totals,
    }));
  },
};
