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
import { packReply, rpcController } from '@app/messaging';
import { ExportService } from '../export/export.service.js';
import { FlaggedSalesService } from '../flags/flagged-sales.service.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { TargetsService } from '../targets/targets.service.js';
import { BreakdownService } from './breakdown.service.js';
import { SummaryService } from './summary.service.js';

// Transport only: every rule (scope, periods, targets) is in the services.

export const FlaggedSalesController = rpcController(FlaggedSalesService, (on) => [
  on(ReportingSubjects.flaggedSales, FlaggedSalesQuery, (flagged, caller, data) => flagged.list(caller, data)),
  on(ReportingSubjects.excludeSale, ExcludeSaleCommand, (flagged, caller, data) => flagged.exclude(caller, data)),
]);

export const SummaryController = rpcController(SummaryService, (on) => [
  on(ReportingSubjects.summary, SummaryQuery, async (summary, caller, data) =>
    packReply(await summary.summary(caller, data)),
  ),
  on(ReportingSubjects.contentLinks, AreaQueryDto, async (summary, caller, data) =>
    packReply(await summary.contentLinks(caller, data)),
  ),
]);

export const BreakdownController = rpcController(BreakdownService, (on) => [
  on(ReportingSubjects.breakdown, AreaQueryDto, async (breakdowns, caller, data) =>
    packReply(await breakdowns.breakdown(caller, data)),
  ),
]);

export const ExportController = rpcController(ExportService, (on) => [
  on(ReportingSubjects.export, ExportQuery, async (exports, caller, data) =>
    packReply(await exports.export(caller, data)),
  ),
]);

export const TargetsController = rpcController(TargetsService, (on) => [
  on(ReportingSubjects.setTarget, SetTargetCommand, (targets, caller, data) => targets.set(caller, data)),
]);

export const SubmissionsController = rpcController(SubmissionsService, (on) => [
  on(ReportingSubjects.submitMonth, SubmitMonthCommand, (submissions, caller, data) =>
    submissions.submit(caller, data),
  ),
  on(ReportingSubjects.listSubmissions, ListSubmissionsQuery, (submissions, caller, data) =>
    submissions.list(caller, data),
  ),
]);
