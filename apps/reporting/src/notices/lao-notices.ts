import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LaoNoticesQuery, ReportingSubjects } from '@app/contracts';
import type { LaoNoticesV1 } from '@app/contracts';
import { DomainError, rpcController } from '@app/messaging';
import { FlaggedSalesRepository } from '../flags/flagged-sales.repository.js';
import { bangkokDay } from '../periods/period.js';
import { submissionsRepository } from '../submissions/submissions.repository.js';

/**
 * What an LAO's administrators must be told (the notification service asks, once in a while): is the
 * LAO's report of the month submitted, and how many of its flagged sales since that month began still
 * count. Both rules stay here, their one home (flags are computed when asked: flagged-sales.repository.ts).
 */
@Injectable()
export class LaoNoticesService {
  constructor(
    private readonly ds: DataSource,
    private readonly flagged: FlaggedSalesRepository,
  ) {}

  async notices(q: LaoNoticesQuery, now = new Date()): Promise<LaoNoticesV1> {
    const codes = [...new Set(q.laoCodes)];
    const from = `${q.month}-01`;
    const submitted = await submissionsRepository.laosSubmitted(this.ds.manager, from, codes);
    const today = bangkokDay(now);
    const laos: LaoNoticesV1['laos'] = [];
    for (const laoCode of codes) {
      const openFlaggedSales = today < from ? 0 : await this.flagged.count({ from, to: today, area: { laoCode } });
      laos.push({ laoCode, submitted: submitted.has(laoCode), openFlaggedSales });
    }
    return { month: q.month, laos };
  }
}

/** Internal: only the notification service may publish the subject (INTERNAL_SUBJECTS); it sends no caller. */
export const LaoNoticesController = rpcController(LaoNoticesService, (on) => [
  on(ReportingSubjects.laoNotices, LaoNoticesQuery, (notices, caller, data) => {
    if (caller) throw DomainError.forbidden("The LAOs' notices are the notification service's question");
    return notices.notices(data);
  }),
]);
