import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
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
import { Ctx, Public, Roles } from '../identity/auth.guard.js';
import { RequiresVerifiedPhone } from '../identity/phone-verified.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { idempotencyKey, UuidParam } from './params.js';
import { IdempotentByKey } from '../errors/retry-safety.js';
import { ReservationGrouper } from './reservation-grouper.js';

@ApiTags('batches')
@Controller('batches')
export class BatchesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly groups: ReservationGrouper,
  ) {}

  @Post()
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary: "Create a harvest batch of a product (its producer or an admin of its LAO) → 201 {id, status: 'draft'}",
  })
  @ApiCreatedResponse({ description: 'The new batch, a draft', type: BatchCreatedV1 })
  create(@Body() dto: CreateBatchDto, @Ctx() ctx: RequestContext) {
    return this.services.call<BatchCreatedV1>(HarvestPreorderSubjects.createBatch, dto, ctx);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Batches for consumers, filtered by status and place and category (public)' })
  @ApiOkResponse({ type: [BatchV1] })
  list(@Query() query: ListBatchesQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<BatchV1[]>(HarvestPreorderSubjects.listBatches, query, ctx);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One batch with reservedQuantity, remainingQuantity and its pickup points (public)' })
  @ApiOkResponse({ type: BatchV1 })
  get(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<BatchV1>(HarvestPreorderSubjects.getBatch, { batchId: id }, ctx);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary: 'draft → open (reservations accepted from now until preorderClosesAt); illegal → 409 ILLEGAL_TRANSITION',
  })
  @ApiOkResponse({ description: 'The batch, now open', type: BatchV1 })
  open(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'open', {}, ctx);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({ summary: 'open → closed (no more reservations); illegal → 409 ILLEGAL_TRANSITION' })
  @ApiOkResponse({ description: 'The batch, now closed', type: BatchV1 })
  close(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'close', {}, ctx);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary:
      'draft/open/closed → cancelled: every reservation cancelled, deposits to refund; illegal → 409 ILLEGAL_TRANSITION',
  })
  @ApiOkResponse({ description: 'The batch, now cancelled', type: BatchV1 })
  cancel(@Param('id', new UuidParam('id')) id: string, @Body() body: CancelReasonBodyDto, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'cancel', body, ctx);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({ summary: 'harvested → completed (stock on hand no longer sold); illegal → 409 ILLEGAL_TRANSITION' })
  @ApiOkResponse({ description: 'The batch, now completed', type: BatchV1 })
  complete(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext) {
    return this.transition(id, 'complete', {}, ctx);
  }

  private transition(id: string, action: BatchAction, body: CancelReasonBodyDto, ctx: RequestContext) {
    return this.services.call<BatchV1>(HarvestPreorderSubjects.transitionBatch, { batchId: id, action, ...body }, ctx);
  }

  @Post(':id/harvest')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary: 'Record the real yield after close: allocation first come first served; surplus becomes stock on hand',
  })
  @ApiOkResponse({ description: 'The harvested batch and what each reservation was allocated', type: HarvestResultV1 })
  harvest(@Param('id', new UuidParam('id')) id: string, @Body() body: HarvestBodyDto, @Ctx() ctx: RequestContext) {
    return this.services.call(HarvestPreorderSubjects.harvestBatch, { batchId: id, ...body }, ctx);
  }

  @Post(':id/harvest/preview')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary:
      'What recording this yield would allocate (who gets all, part, nothing; what falls short; the surplus) — nothing is written',
  })
  @ApiOkResponse({ description: 'The allocation the harvest would make', type: HarvestPreviewV1 })
  previewHarvest(
    @Param('id', new UuidParam('id')) id: string,
    @Body() body: HarvestBodyDto,
    @Ctx() ctx: RequestContext,
  ) {
    return this.services.call(HarvestPreorderSubjects.previewHarvest, { batchId: id, ...body }, ctx);
  }

  @Post(':id/reservations')
  @ApiBearerAuth()
  @Roles('consumer')
  @RequiresVerifiedPhone()
  @IdempotentByKey()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'the same key returns the same reservation, never a second one',
  })
  @ApiOperation({
    summary:
      "Reserve → 201 {id, status: 'confirmed'|'waitlisted', quantity, orderId}; 409 SOLD_OUT / NOT_OPEN / LIMIT_EXCEEDED; 403 PHONE_NOT_VERIFIED before the phone is verified",
  })
  @ApiCreatedResponse({ description: 'The reservation (a retry with the same key: the same one)', type: ReservationV1 })
  reserve(
    @Param('id', new UuidParam('id')) id: string,
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

  @Post(':id/purchases')
  @ApiBearerAuth()
  @Roles('consumer')
  @RequiresVerifiedPhone()
  @IdempotentByKey()
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiOperation({
    summary:
      'Buy from the stock on hand after harvest (until completed) → 201 {id, quantity, orderId}; 403 PHONE_NOT_VERIFIED before the phone is verified',
  })
  @ApiCreatedResponse({
    description: 'The purchase and its order (a retry with the same key: the same one)',
    type: PurchaseV1,
  })
  purchase(
    @Param('id', new UuidParam('id')) id: string,
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

  @Get(':id/reservations')
  @ApiBearerAuth()
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary:
      "The farmer's packing view: reservations, totals per pickup point and per day; CSV with ?format=csv or Accept: text/csv",
  })
  @ApiExtraModels(PackingViewV1)
  @ApiOkResponse({
    description: 'The packing view as JSON, or its reservations as CSV (?format=csv or Accept: text/csv)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(PackingViewV1) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async packing(
    @Param('id', new UuidParam('id')) id: string,
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
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="batch-${id}-reservations.csv"`);
    return out.csv;
  }
}
