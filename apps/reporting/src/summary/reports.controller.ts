import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
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
import { EnvelopePipe, packReply } from '@app/messaging';
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

  @MessagePattern(ReportingSubjects.flaggedSales)
  listFlagged(@Payload(new EnvelopePipe(FlaggedSalesQuery)) { caller, data }: RpcEnvelope<FlaggedSalesQuery>) {
    return this.flagged.list(caller, data);
  }

  @MessagePattern(ReportingSubjects.excludeSale)
  exclude(@Payload(new EnvelopePipe(ExcludeSaleCommand)) { caller, data }: RpcEnvelope<ExcludeSaleCommand>) {
    return this.flagged.exclude(caller, data);
  }

  @MessagePattern(ReportingSubjects.summary)
  async getSummary(@Payload(new EnvelopePipe(SummaryQuery)) { caller, data }: RpcEnvelope<SummaryQuery>) {
    return packReply(await this.summary.summary(caller, data));
  }

  @MessagePattern(ReportingSubjects.breakdown)
  async getBreakdown(@Payload(new EnvelopePipe(AreaQueryDto)) { caller, data }: RpcEnvelope<AreaQueryDto>) {
    return packReply(await this.breakdowns.breakdown(caller, data));
  }

  @MessagePattern(ReportingSubjects.contentLinks)
  async listContentLinks(@Payload(new EnvelopePipe(AreaQueryDto)) { caller, data }: RpcEnvelope<AreaQueryDto>) {
    return packReply(await this.summary.contentLinks(caller, data));
  }

  @MessagePattern(ReportingSubjects.export)
  async export(@Payload(new EnvelopePipe(ExportQuery)) { caller, data }: RpcEnvelope<ExportQuery>) {
    return packReply(await this.exports.export(caller, data));
  }

  @MessagePattern(ReportingSubjects.setTarget)
  setTarget(@Payload(new EnvelopePipe(SetTargetCommand)) { caller, data }: RpcEnvelope<SetTargetCommand>) {
    return this.targets.set(caller, data);
  }

  @MessagePattern(ReportingSubjects.submitMonth)
  submit(@Payload(new EnvelopePipe(SubmitMonthCommand)) { caller, data }: RpcEnvelope<SubmitMonthCommand>) {
    return this.submissions.submit(caller, data);
  }

  @MessagePattern(ReportingSubjects.listSubmissions)
  listSubmissions(
    @Payload(new EnvelopePipe(ListSubmissionsQuery)) { caller, data }: RpcEnvelope<ListSubmissionsQuery>,
  ) {
    return this.submissions.list(caller, data);
  }
}
