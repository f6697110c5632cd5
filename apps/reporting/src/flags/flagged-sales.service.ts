import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  Caller,
  ExcludeSaleCommand,
  FlaggedSalesPageV1,
  FlaggedSalesQuery,
  SaleExclusionV1,
} from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { bangkokDay, monthOf } from '../periods/period.js';
import { writeFact } from '../read-model/facts.js';
import { findFact } from '../read-model/order-facts.repository.js';
import { reportArea } from '../summary/scope.policy.js';
import type { ReportArea } from '../summary/scope.policy.js';
import { FiguresRepository } from '../summary/figures.repository.js';
import { SummaryService } from '../summary/summary.service.js';
import { submissionsRepository } from '../submissions/submissions.repository.js';
import { exclusionOf, FlaggedSalesRepository } from './flagged-sales.repository.js';

const ADMINS = ['lao_admin', 'province_admin', 'dla_admin'];

function assertAdmin(caller: Caller): void {
  if (!caller.roles.some((r) => ADMINS.includes(r)))
    throw DomainError.forbidden('Only an LAO, province or DLA administrator sees and excludes flagged sales');
}

/**
 * Sales that look made up, for the administrators of their area to question before a month is submitted.
 * They count until an administrator excludes one, with a reason: the exclusion is kept (who, why, when)
 * and the figures follow; a month already submitted keeps its snapshot and shows the change as an
 * adjustment in the next month's report (summary.service.ts).
 */
@Injectable()
export class FlaggedSalesService {
  constructor(
    private readonly ds: DataSource,
    private readonly summary: SummaryService,
    private readonly figures: FiguresRepository,
    private readonly flagged: FlaggedSalesRepository,
  ) {}

  async list(callerOrNull: Caller | null, q: FlaggedSalesQuery): Promise<FlaggedSalesPageV1> {
    assertAdmin(requireCaller(callerOrNull));
    const { period, area } = await this.summary.resolve(callerOrNull, { ...q, groupBy: 'lao' });
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const { items, total } = await this.flagged.list(
      { from: period.from, to: period.to, area },
      q.status ?? 'open',
      page,
      pageSize,
    );
    return { items, total, page, pageSize };
  }

  async exclude(callerOrNull: Caller | null, cmd: ExcludeSaleCommand, now = new Date()): Promise<SaleExclusionV1> {
    const caller = requireCaller(callerOrNull);
    assertAdmin(caller);
    return this.ds.transaction(async (em) => {
      // the order's lock, as its events take it: an exclusion and a refund of one order take turns
      await this.flagged.lockOrder(em, cmd.orderId);
      const fact = await findFact(em, cmd.orderId);
      if (!fact) throw DomainError.notFound('Completed order', cmd.orderId, 'orderId');
      const lao = await this.figures.findLao(fact.laoCode, em);
      // outside the caller's area: 403, as every report route answers
      const area: ReportArea = reportArea(caller, { laoCode: fact.laoCode }, 'lao', lao);
      if (fact.excluded)
        throw new DomainError('DUPLICATE', `Order ${cmd.orderId} is already excluded`, [
          { field: 'orderId', message: 'already excluded' },
        ]);
      const day = bangkokDay(fact.completedAt);
      const [flag] = (await this.flagged.list({ from: day, to: day, area, orderId: fact.orderId }, 'open', 1, 1, em))
        .items;
      if (!flag)
        throw new DomainError(
          'CONFLICT',
          `Order ${cmd.orderId} is not a flagged sale; only flagged sales are excluded`,
          [{ field: 'orderId', message: 'not flagged' }],
        );
      const month = monthOf(day);
      const adjusts = await submissionsRepository.idsCoveringLao(
        em,
        month,
        fact.laoCode,
        lao?.provinceCode ?? fact.provinceCode,
      );
      const row = await this.flagged.insertExclusion(em, {
        orderId: fact.orderId,
        reason: cmd.reason,
        excludedBy: caller.userId,
        excludedAt: now,
        month,
        adjustsSubmissionIds: adjusts,
      });
      await writeFact(em, fact, { ...fact, excluded: true });
      return exclusionOf(fact.orderId, row);
    });
  }
}
