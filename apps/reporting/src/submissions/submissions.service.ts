import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, ListSubmissionsQuery, ReportLevel, SubmissionV1, SubmitMonthCommand } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { bangkokDay, fiscalYearRange, parsePeriod } from '../periods/period.js';
import type { ReportArea } from '../summary/scope.policy.js';
import { submissionArea } from '../summary/scope.policy.js';
import { SubmittedFigures, SummaryService } from '../summary/summary.service.js';
import { submissionsRepository } from './submissions.repository.js';

const LEVELS_OF_AREA: Record<'nation' | 'province' | 'lao', ReportLevel[]> = {
  nation: ['lao', 'district', 'province'],
  province: ['lao', 'district', 'province'],
  lao: ['lao'],
};

/**
 * Submitting a month freezes the area's figures (who, when, the numbers). The month's report then shows
 * the snapshot, and whatever arrives later for it shows as adjustments in the next month's report.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly summary: SummaryService,
  ) {}

  async submit(caller: Caller | null, cmd: SubmitMonthCommand, now = new Date()): Promise<SubmissionV1> {
    const key = submissionArea(caller);
    const period = parsePeriod({ month: cmd.month });
    if (period.to >= bangkokDay(now))
      throw DomainError.validation('month', `${cmd.month} has not ended yet (Bangkok time)`);
    const area: ReportArea =
      key.level === 'lao' ? { laoCode: key.code } : key.level === 'province' ? { provinceCode: key.code } : {};
    const figures: SubmittedFigures = {
      levels: {},
      totals: { salesCount: 0, revenueSatang: 0, beneficiaries: 0, contentLinks: 0 },
    };
    // Every level from one snapshot of the read model: the frozen rows and totals agree with each other.
    await this.ds.transaction('REPEATABLE READ', async (em) => {
      for (const level of LEVELS_OF_AREA[key.level]) {
        const r = await this.summary.compute(period, level, area, false, em);
        figures.levels[level] = r.rows;
        figures.totals = {
          salesCount: r.totals.salesCount,
          revenueSatang: r.totals.revenueSatang,
          beneficiaries: r.totals.beneficiaries,
          contentLinks: r.totals.contentLinks,
        };
      }
    });
    const id = randomUUID();
    const inserted = await submissionsRepository.insert(this.ds.manager, {
      id,
      month: period.from,
      areaLevel: key.level,
      areaCode: key.code,
      submittedBy: caller!.userId,
      submittedAt: now,
      figures,
    });
    if (!inserted)
      throw new DomainError('DUPLICATE', `${cmd.month} was already submitted for this area`, [
        { field: 'month', message: 'already submitted' },
      ]);
    return {
      id,
      month: cmd.month,
      areaLevel: key.level,
      areaCode: key.code,
      submittedBy: caller!.userId,
      submittedAt: now.toISOString(),
      totals: figures.totals,
    };
  }

  /** The submissions of the caller's area and the areas inside it. */
  async list(caller: Caller | null, q: ListSubmissionsQuery): Promise<SubmissionV1[]> {
    const key = submissionArea(caller);
    return submissionsRepository.list(this.ds.manager, key, q.fiscalYear ? fiscalYearRange(q.fiscalYear) : undefined);
  }
}
