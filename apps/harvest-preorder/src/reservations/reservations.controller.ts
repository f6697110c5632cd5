import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelReservationDto,
  HarvestPreorderSubjects,
  ListMyReservationsQuery,
  ReservationIdDto,
  ReserveCommandDto,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ReservationViewsService } from './reservation-views.service.js';
import { ReservationsService } from './reservations.service.js';

@Controller()
export class ReservationsController {
  constructor(
    private readonly reservations: ReservationsService,
    private readonly views: ReservationViewsService,
  ) {}

  @MessagePattern(HarvestPreorderSubjects.reserve)
  reserve(@Payload(new EnvelopePipe(ReserveCommandDto)) { caller, requestId, data }: RpcEnvelope<ReserveCommandDto>) {
    return this.reservations.reserve(caller, data, requestId);
  }

  @MessagePattern(HarvestPreorderSubjects.cancelReservation)
  cancel(@Payload(new EnvelopePipe(CancelReservationDto)) { caller, data }: RpcEnvelope<CancelReservationDto>) {
    return this.reservations.cancel(caller, data);
  }

  @MessagePattern(HarvestPreorderSubjects.getReservation)
  get(@Payload(new EnvelopePipe(ReservationIdDto)) { caller, data }: RpcEnvelope<ReservationIdDto>) {
    return this.views.get(caller, data.reservationId);
  }

  @MessagePattern(HarvestPreorderSubjects.listMyReservations)
  listMine(@Payload(new EnvelopePipe(ListMyReservationsQuery)) { caller, data }: RpcEnvelope<ListMyReservationsQuery>) {
    return this.views.listMine(caller, data);
  }
}
