import { Body, Controller, Delete, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CancelReasonBodyDto, HarvestPreorderSubjects, ListMyReservationsQuery } from '@app/contracts';
import { ReservationDetailV1, ReservationPageV1, ReservationV1 } from '@app/contracts';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { UuidParam } from './params.js';

@ApiTags('batches')
@ApiBearerAuth()
@Controller('reservations')
export class ReservationsController {
  constructor(private readonly services: ServiceClient) {}

  @Get(':id')
  @ApiOperation({
    summary:
      'One reservation with its product and, while waitlisted, its place in line (1 = next): its consumer, or the farmer / LAO admin of its batch; anyone else → 404',
  })
  @ApiOkResponse({ type: ReservationDetailV1 })
  get(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<ReservationDetailV1>(HarvestPreorderSubjects.getReservation, { reservationId: id }, ctx);
  }

  @Delete(':id')
  @ApiOperation({
    summary:
      'Cancel a reservation: its consumer before the batch closes, or the farmer / LAO admin with a reason (body or ?reason=); the quantity returns and the waitlist is offered',
  })
  @ApiOkResponse({ description: 'The reservation, now cancelled', type: ReservationV1 })
  cancel(
    @Param('id', new UuidParam('id')) id: string,
    @Body() body: CancelReasonBodyDto,
    @Query('reason') reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const r = body?.reason ?? reason;
    return this.services.call<ReservationV1>(
      HarvestPreorderSubjects.cancelReservation,
      r === undefined ? { reservationId: id } : { reservationId: id, reason: r },
      ctx,
    );
  }
}

@ApiTags('batches')
@ApiBearerAuth()
@Controller('me/reservations')
export class MyReservationsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @Roles('consumer')
  @ApiOperation({
    summary:
      "The signed-in consumer's reservations, newest first, with the place in line of waitlisted ones; ?status= filters",
  })
  @ApiOkResponse({ type: ReservationPageV1 })
  list(@Query() query: ListMyReservationsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<ReservationPageV1>(HarvestPreorderSubjects.listMyReservations, query, ctx);
  }
}
