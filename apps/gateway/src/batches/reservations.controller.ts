import { Body, Controller, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CancelReasonBodyDto, HarvestPreorderSubjects, ListMyReservationsQuery } from '@app/contracts';
import { ReservationDetailV1, ReservationPageV1, ReservationV1 } from '@app/contracts';
import { Read, Remove } from '../http/endpoint.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { IdParam } from './params.js';

@ApiTags('batches')
@ApiBearerAuth()
@Controller('reservations')
export class ReservationsController {
  constructor(private readonly services: ServiceClient) {}

  @Read(':id', {
    summary:
      'One reservation with its product and, while waitlisted, its place in line (1 = next): its consumer, or the farmer / LAO admin of its batch; anyone else → 404',
    type: ReservationDetailV1,
  })
  get(@IdParam() id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<ReservationDetailV1>(HarvestPreorderSubjects.getReservation, { reservationId: id }, ctx);
  }

  @Remove(':id', {
    summary:
      'Cancel a reservation: its consumer before the batch closes, or the farmer / LAO admin with a reason (body or ?reason=); the quantity returns and the waitlist is offered',
    returns: 'The reservation, now cancelled',
    type: ReservationV1,
  })
  cancel(
    @IdParam() id: string,
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

  @Read(undefined, {
    summary:
      "The signed-in consumer's reservations, newest first, with the place in line of waitlisted ones; ?status= filters",
    type: ReservationPageV1,
  })
  @Roles('consumer')
  list(@Query() query: ListMyReservationsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<ReservationPageV1>(HarvestPreorderSubjects.listMyReservations, query, ctx);
  }
}
