import { applyDecorators, Body, Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CancelReasonBodyDto,
  CreateBatchDto,
  HarvestBodyDto,
  HarvestPreorderSubjects,
  ListBatchesQuery,
  PurchaseBodyDto,
  ReserveBodyDto,
} from '@app/contracts';
import {
  BatchCreatedV1,
  BatchV1,
  HarvestPreviewV1,
  HarvestResultV1,
  PackingViewV1,
  PurchaseV1,
  ReservationV1,
} from '@app/contracts';
import type { BatchAction } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { Act, Create, Read } from '../http/endpoint.js';
import { asAttachment } from '../http/file-answer.js';
import { CreatesByRequiredKey } from '../http/idempotency-key.js';
import { Ctx, Public, Roles } from '../identity/auth.guard.js';
import { RequiresVerifiedPhone } from '../identity/phone-verified.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { IdParam, idempotencyKey } from './params.js';
import { ReservationGrouper } from './reservation-grouper.js';

/** Managing a batch: its producer or an admin of its LAO. */
const ManagesBatch = () => applyDecorators(ApiBearerAuth(), Roles('producer', 'lao_admin'));

/** Reserving and buying: a consumer whose phone is verified. */
const ConsumerWithVerifiedPhone = () => applyDecorators(ApiBearerAuth(), Roles('consumer'), RequiresVerifiedPhone());

/** The steps of a batch's life that POST /batches/:id/<action> takes, and the state each leaves it in. */
const TRANSITIONS = {
  open: { summary: 'draft → open (reservations accepted from now until preorderClosesAt)', now: 'open' },
  close: { summary: 'open → closed (no more reservations)', now: 'closed' },
  cancel: {
    summary: 'draft/open/closed → cancelled: every reservation cancelled, deposits to refund',
    now: 'cancelled',
  },
  complete: { summary: 'harvested → completed (stock on hand no longer sold)', now: 'completed' },
} satisfies Partial<Record<BatchAction, { summary: string; now: string }>>;

/** POST /batches/:id/<action>: the batch afterwards; an action its status does not allow → 409. */
const Transition = (action: keyof typeof TRANSITIONS) =>
  applyDecorators(
    Act(`:id/${action}`, {
      summary: `${TRANSITIONS[action].summary}; illegal → 409 ILLEGAL_TRANSITION`,
      returns: `The batch, now ${TRANSITIONS[action].now}`,
      type: BatchV1,
    }),
    ManagesBatch(),
  );

@ApiTags('batches')
@Controller('batches')
export class BatchesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly groups: ReservationGrouper,
  ) {}

  @Create(undefined, {
    summary: "Create a harvest batch of a product (its producer or an admin of its LAO) → 201 {id, status: 'draft'}",
    returns: 'The new batch, a draft',
    type: BatchCreatedV1,
  })
  @ManagesBatch()
  create(@Body() dto: CreateBatchDto, @Ctx() ctx: RequestContext) {
    return this.services.call<BatchCreatedV1>(HarvestPreorderSubjects.createBatch, dto, ctx);
  }

  @Public()
  @Read(undefined, {
    summary: 'Batches for consumers, filtered by status and place and category (public)',
    type: [BatchV1],
  })
  list(@Query() query: ListBatchesQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<BatchV1[]>(HarvestPreorderSubjects.listBatches, query, ctx);
  }

  @Public()
  @Read(':id', {
    summary: 'One batch with reservedQuantity, remainingQuantity and its pickup points (public)',
    type: BatchV1,
  })
  get(@IdParam() id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<BatchV1>(HarvestPreorderSubjects.getBatch, { batchId: id }, ctx);
  }

  @Transition('open')
  open(@IdParam() id: string, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'open', {}, ctx);
  }

  @Transition('close')
  close(@IdParam() id: string, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'close', {}, ctx);
  }

  @Transition('cancel')
  cancel(@IdParam() id: string, @Body() body: CancelReasonBodyDto, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'cancel', body, ctx);
  }

  @Transition('complete')
  complete(@IdParam() id: string, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'complete', {}, ctx);
  }

  private transition(id: string, action: BatchAction, body: CancelReasonBodyDto, ctx: RequestContext) {
    return this.services.call<BatchV1>(HarvestPreorderSubjects.transitionBatch, { batchId: id, action, ...body }, ctx);
  }

  @Act(':id/harvest', {
    summary: 'Record the real yield after close: allocation first come first served; surplus becomes stock on hand',
    returns: 'The harvested batch and what each reservation was allocated',
    type: HarvestResultV1,
  })
  @ManagesBatch()
  harvest(@IdParam() id: string, @Body() body: HarvestBodyDto, @Ctx() ctx: RequestContext) {
    return this.services.call(HarvestPreorderSubjects.harvestBatch, { batchId: id, ...body }, ctx);
  }

  @Act(':id/harvest/preview', {
    summary:
      'What recording this yield would allocate (who gets all, part, nothing; what falls short; the surplus) — nothing is written',
    returns: 'The allocation the harvest would make',
    type: HarvestPreviewV1,
  })
  @ManagesBatch()
  previewHarvest(@IdParam() id: string, @Body() body: HarvestBodyDto, @Ctx() ctx: RequestContext) {
    return this.services.call(HarvestPreorderSubjects.previewHarvest, { batchId: id, ...body }, ctx);
  }

  @Create(':id/reservations', {
    summary:
      "Reserve → 201 {id, status: 'confirmed'|'waitlisted', quantity, orderId}; 409 SOLD_OUT / NOT_OPEN / LIMIT_EXCEEDED; 403 PHONE_NOT_VERIFIED before the phone is verified",
    returns: 'The reservation (a retry with the same key: the same one)',
    type: ReservationV1,
  })
  @ConsumerWithVerifiedPhone()
  @CreatesByRequiredKey('the same key returns the same reservation, never a second one')
  reserve(
    @IdParam() id: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: ReserveBodyDto,
    @Ctx() ctx: RequestContext,
  ) {
    // grouped per batch with the other reservations arriving now: one NATS request per group (issue 14)
    const k = idempotencyKey(key);
    const caller = ctx.caller;
    if (!caller) throw new DomainError('UNAUTHENTICATED', 'Sign in to reserve');
    return this.groups.reserve(
      id,
      { b: id, c: caller.userId, k, q: body.quantity, p: body.allowPartial ?? null, f: body.fulfilment },
      ctx.requestId,
    );
  }

  @Create(':id/purchases', {
    summary:
      'Buy from the stock on hand after harvest (until completed) → 201 {id, quantity, orderId}; 403 PHONE_NOT_VERIFIED before the phone is verified',
    returns: 'The purchase and its order (a retry with the same key: the same one)',
    type: PurchaseV1,
  })
  @ConsumerWithVerifiedPhone()
  @CreatesByRequiredKey()
  purchase(
    @IdParam() id: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: PurchaseBodyDto,
    @Ctx() ctx: RequestContext,
  ) {
    return this.services.call(
      HarvestPreorderSubjects.purchaseStock,
      { ...body, batchId: id, idempotencyKey: idempotencyKey(key) },
      ctx,
    );
  }

  @Read(':id/reservations', {
    summary:
      "The farmer's packing view: reservations, totals per pickup point and per day; CSV with ?format=csv or Accept: text/csv",
    returns: 'The packing view as JSON, or its reservations as CSV (?format=csv or Accept: text/csv)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(PackingViewV1) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiExtraModels(PackingViewV1)
  @ManagesBatch()
  async packing(
    @IdParam() id: string,
    @Query('format') format: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (format !== undefined && format !== 'json' && format !== 'csv')
      throw DomainError.validation('format', 'must be json or csv');
    const csv = format === 'csv' || (format === undefined && /text\/csv/i.test(accept ?? ''));
    const out = await this.services.call<{ csv?: string }>(
      HarvestPreorderSubjects.listBatchReservations,
      { batchId: id, format: csv ? 'csv' : 'json' },
      ctx,
    );
    if (!csv) return out;
    asAttachment(reply, 'text/csv; charset=utf-8', `batch-${id}-reservations.csv`);
    return out.csv;
  }
}
