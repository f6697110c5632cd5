import {
  CancelReservationDto,
  HarvestPreorderSubjects,
  ListMyReservationsQuery,
  ReservationIdDto,
  ReserveCommandDto,
} from '@app/contracts';
import { rpcController } from '@app/messaging';
import { ReservationViewsService } from './reservation-views.service.js';
import { ReservationsService } from './reservations.service.js';

export const ReservationsController = rpcController(ReservationsService, (on) => [
  on(HarvestPreorderSubjects.reserve, ReserveCommandDto, (reservations, caller, data, requestId) =>
    reservations.reserve(caller, data, requestId),
  ),
  on(HarvestPreorderSubjects.cancelReservation, CancelReservationDto, (reservations, caller, data) =>
    reservations.cancel(caller, data),
  ),
]);

export const ReservationViewsController = rpcController(ReservationViewsService, (on) => [
  on(HarvestPreorderSubjects.getReservation, ReservationIdDto, (views, caller, data) =>
    views.get(caller, data.reservationId),
  ),
  on(HarvestPreorderSubjects.listMyReservations, ListMyReservationsQuery, (views, caller, data) =>
    views.listMine(caller, data),
  ),
]);
