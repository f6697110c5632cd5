import { Body, Controller, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map } from 'rxjs';
import type { Observable } from 'rxjs';
import {
  AreaQueryDto,
  ExcludeSaleFields,
  FlaggedSalesQuery,
  ExportQuery,
  ListSubmissionsQuery,
  ReportingSubjects,
  SetTargetCommand,
  SubmitMonthCommand,
  SummaryQuery,
  ErrorBodyV1,
} from '@app/contracts';
import {
  BreakdownV1,
  FlaggedSalesPageV1,
  ReportContentLinkV1,
  SaleExclusionV1,
  SubmissionV1,
  SummaryV1,
  TargetSetV1,
} from '@app/contracts';
import type { ExportFileV1, PackedReplyV1 } from '@app/contracts';
import { isPackedReply, unpackReply } from '@app/messaging';
import { Create, Read, Replace } from '../http/endpoint.js';
import { asAttachment } from '../http/file-answer.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

/** Whether an Accept-Encoding header admits gzip (RFC 9110: gzip, else *, listed with a q other than 0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const q = new Map<string, number>();
  for (const part of value.split(',')) {
    const [coding, ...params] = part.toLowerCase().replace(/\s+/g, '').split(';');
    const weight = params.find((x) => x.startsWith('q='));
    if (coding) q.set(coding === 'x-gzip' ? 'gzip' : coding, weight ? Number(weight.slice(2)) : 1);
  }
  const gzip = q.get('gzip') ?? q.get('*');
  return gzip !== undefined && gzip > 0;
}

/**
 * A large report comes from the reporting service gzipped (packReply). A client that accepts gzip gets
 * those bytes as they are (Content-Encoding: gzip), instead of the gateway unzipping, parsing and
 * serialising 2-3 MB of JSON for a national LAO-level report; any other client gets plain JSON.
 */
function relay(reply: unknown, req: FastifyRequest, res: FastifyReply): unknown {
  if (!isPackedReply(reply)) return reply;
  const vary = res.getHeader('vary');
  res.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  if (!acceptsGzip(req.headers['accept-encoding'])) return unpackReply(reply);
  res.header('content-type', 'application/json; charset=utf-8');
  res.header('content-encoding', 'gzip');
  return Buffer.from(reply.body, 'base64');
}

/** Relays what the route returns as above: a report the reporting service may have packed. */
class RelayPackedReply implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    return next
      .handle()
      .pipe(map((reply) => relay(reply, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>())));
  }
}

/** The route answers a report as the reporting service sent it (gzipped to a client that accepts gzip). */
const RelaysPackedReply = () => UseInterceptors(new RelayPackedReply());

const SCOPE_NOTE =
  'A lao_admin sees its LAO, a province_admin its province, a dla_admin everything, a producer its own figures; asking for more → 403.';

/** The programme's figures (activity 5). The reporting service enforces who sees what. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('lao_admin', 'province_admin', 'dla_admin', 'producer')
@Controller()
export class ReportsController {
  constructor(private readonly services: ServiceClient) {}

  @Read('reports/summary', {
    summary:
      'Sales count, revenue (satang), beneficiaries and content links per LAO, district or province, with targets and progress',
    description: `Period: fiscalYear (B.E.), month (YYYY-MM) or from/to (days, Asia/Bangkok); default the current fiscal year. A row for every member of the area, zeros included. For a submitted month the frozen snapshot is returned (with \`submission\`); a month report also carries \`adjustments\` when the previous month was submitted and changed since. ${SCOPE_NOTE}`,
    returns: 'The figures (gzip-encoded when the client accepts it)',
    type: SummaryV1,
  })
  @RelaysPackedReply()
  summary(@Query() q: SummaryQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<PackedReplyV1>(ReportingSubjects.summary, q, ctx);
  }

  @Read('reports/breakdown', {
    summary: 'The same figures split by producer kind and product category, and as a monthly series for charts',
    description: SCOPE_NOTE,
    type: BreakdownV1,
  })
  @RelaysPackedReply()
  breakdown(@Query() q: AreaQueryDto, @Ctx() ctx: RequestContext) {
    return this.services.call<PackedReplyV1>(ReportingSubjects.breakdown, q, ctx);
  }

  @Read('reports/content-links', {
    summary: 'The published content links (URLs) of the area in the period',
    description: SCOPE_NOTE,
    type: [ReportContentLinkV1],
  })
  @RelaysPackedReply()
  contentLinks(@Query() q: AreaQueryDto, @Ctx() ctx: RequestContext) {
    return this.services.call<PackedReplyV1>(ReportingSubjects.contentLinks, q, ctx);
  }

  @Read('reports/export', {
    summary:
      "Export in the DLA sheet's layout (CSV UTF-8 with BOM, or XLSX with a sheet per level and one of content links)",
    description: SCOPE_NOTE,
    returns: 'the file, as an attachment',
    content: {
      'text/csv': { schema: { type: 'string', description: 'UTF-8 with a BOM' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @Query() q: ExportQuery,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = unpackReply<ExportFileV1>(
      await this.services.call<PackedReplyV1>(ReportingSubjects.export, q, ctx, 60_000),
    );
    asAttachment(reply, file.contentType, file.filename);
    return Buffer.from(file.content, 'base64');
  }

  @Read('reports/flagged-sales', {
    summary:
      'Sales that look made up, newest first, with the reasons: goods total 0, bought by the producer’s own login or phone, or one consumer completing 3 or more orders at one producer in a day',
    description: `They count until an administrator excludes them (POST /reports/flagged-sales/:orderId/exclusion). status: open (default, still counted), excluded, all. Period and area as the summary; a lao_admin sees its LAO, a province_admin its province, a dla_admin all (wider → 403). The threshold is REPORTING_REPEAT_SALES_PER_DAY (default 3).`,
    type: FlaggedSalesPageV1,
  })
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  flaggedSales(@Query() q: FlaggedSalesQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<FlaggedSalesPageV1>(ReportingSubjects.flaggedSales, q, ctx);
  }

  @Create('reports/flagged-sales/:orderId/exclusion', {
    summary: 'Exclude a flagged sale from the figures, with a reason (kept with who and when)',
    description:
      'The sale stops counting (sales, revenue, beneficiaries). In a month already submitted the snapshot stays as it was: the change shows as an adjustment in the next month’s report (adjustsSubmissionIds names the submissions). An administrator of the sale’s area only (another area → 403).',
    type: SaleExclusionV1,
  })
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  @ApiResponse({
    status: 400,
    description: 'reason missing or blank (VALIDATION_FAILED, field reason), orderId not a UUID (field orderId)',
    type: ErrorBodyV1,
  })
  @ApiResponse({ status: 404, description: 'no completed order with this id (field orderId)', type: ErrorBodyV1 })
  @ApiResponse({
    status: 409,
    description: 'already excluded (DUPLICATE) or not a flagged sale (CONFLICT), field orderId',
    type: ErrorBodyV1,
  })
  exclude(@Param('orderId') orderId: string, @Body() body: ExcludeSaleFields, @Ctx() ctx: RequestContext) {
    return this.services.call<SaleExclusionV1>(ReportingSubjects.excludeSale, { ...body, orderId }, ctx);
  }

  @Read('reports/submissions', {
    summary: "Submitted months of the caller's area and the areas inside it",
    type: [SubmissionV1],
  })
  listSubmissions(@Query() q: ListSubmissionsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<SubmissionV1[]>(ReportingSubjects.listSubmissions, q, ctx);
  }

  @Create('reports/submissions', {
    summary:
      "Submit an ended month's figures for the caller's area: a frozen snapshot; later events show as adjustments next month (409 DUPLICATE if already submitted)",
    type: SubmissionV1,
  })
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  submit(@Body() dto: SubmitMonthCommand, @Ctx() ctx: RequestContext) {
    return this.services.call<SubmissionV1>(ReportingSubjects.submitMonth, dto, ctx);
  }

  @Replace('targets', {
    summary:
      'Set fiscal-year targets for an LAO or a province (province_admin: its province and its LAOs; dla_admin: any)',
    type: TargetSetV1,
  })
  @Roles('province_admin', 'dla_admin')
  setTarget(@Body() dto: SetTargetCommand, @Ctx() ctx: RequestContext) {
    return this.services.call<TargetSetV1>(ReportingSubjects.setTarget, dto, ctx);
  }
}
