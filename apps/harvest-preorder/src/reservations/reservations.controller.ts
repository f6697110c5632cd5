import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CancelReservationDto, HarvestPreorderSubjects, ReserveCommandDto } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ReservationsService } from './reservations.service.js';

@Controller()
export class ReservationsController {
  constructor(private readonly reservations: ReservationsService) {}

  @MessagePattern(HarvestPreorderSubjects.reserve)
  reserve(@Payload(new EnvelopePipe(ReserveCommandDto)) { caller, requestId, data }: RpcEnvelope<ReserveCommandDto>) {
    return this.reservations.reserve(caller, data, requestId);
  }

  @MessagePattern(HarvestPreorderSubjects.cancelReservation)
  cancel(@Payload(new EnvelopePipe(CancelReservationDto)) { caller, data }: RpcEnvelope<CancelReservationDto>) {
    return this.reservations.cancel(caller, data);
  }
}
