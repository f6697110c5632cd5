import { Controller } from '@nestjs/common';
import {
  AreaQueryDto,
  ExcludeSaleCommand,
  FlaggedSalesQuery,
  ExportQuery,
  ListSubmissionsQuery,
  ReportingSubjects,
  SetTargetCommand,
  SubmitMonthCommand,
  SummaryQuery,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { packReply, Rpc } from '@app/messaging';
import { ExportService } from '../export/export.service.js';
import { FlaggedSalesService } from '../flags/flagged-sales.service.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { TargetsService } from '../targets/targets.service.js';
import { BreakdownService } from './breakdown.service.js';
import { SummaryService } from './summary.service.js';

/** Transport only: every rule (scope, periods, targets) is in the services. */
@Controller()
export class ReportsController {
  constructor(
    private readonly summary: SummaryService,
    private readonly breakdowns: BreakdownService,
    private readonly exports: ExportService,
    private readonly targets: TargetsService,
    private readonly submissions: SubmissionsService,
    private readonly flagged: FlaggedSalesService,
  ) {}

  @Rpc(ReportingSubjects.flaggedSales, FlaggedSalesQuery)
  listFlagged({ caller, data }: RpcEnvelope<FlaggedSalesQuery>) {
    return this.flagged.list(caller, data);
  }

  @Rpc(ReportingSubjects.excludeSale, ExcludeSaleCommand)
  exclude({ caller, data }: RpcEnvelope<ExcludeSaleCommand>) {
    return this.flagged.exclude(caller, data);
  }

  @Rpc(ReportingSubjects.summary, SummaryQuery)
  async getSummary({ caller, data }: RpcEnvelope<SummaryQuery>) {
    return packReply(await this.summary.summary(caller, data));
  }

  @Rpc(ReportingSubjects.breakdown, AreaQueryDto)
  async getBreakdown({ caller, data }: RpcEnvelope<AreaQueryDto>) {
    return packReply(await this.breakdowns.breakdown(caller, data));
  }

  @Rpc(ReportingSubjects.contentLinks, AreaQueryDto)
  async listContentLinks({ caller, data }: RpcEnvelope<AreaQueryDto>) {
    return packReply(await this.summary.contentLinks(caller, data));
  }

  @Rpc(ReportingSubjects.export, ExportQuery)
  async export({ caller, data }: RpcEnvelope<ExportQuery>) {
    return packReply(await this.exports.export(caller, data));
  }

  @Rpc(ReportingSubjects.setTarget, SetTargetCommand)
  setTarget({ caller, data }: RpcEnvelope<SetTargetCommand>) {
    return this.targets.set(caller, data);
  }

  @Rpc(ReportingSubjects.submitMonth, SubmitMonthCommand)
  submit({ caller, data }: RpcEnvelope<SubmitMonthCommand>) {
    return this.submissions.submit(caller, data);
  }

  @Rpc(ReportingSubjects.listSubmissions, ListSubmissionsQuery)
  listSubmissions({ caller, data }: RpcEnvelope<ListSubmissionsQuery>) {
    return this.submissions.list(caller, data);
  }
}
