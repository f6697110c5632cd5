import type { ReservationStatus } from '@app/contracts';
import { DomainError } from '@app/messaging';

/**
 * The reservation lifecycle, one table: confirmed (holds units, has an order) or waitlisted (holds a
 * place in line, no order); a waitlisted one is confirmed when capacity frees up; a confirmed one ends
 * allocated (harvest), cancelled, or expired (its order's deposit was not paid in time — also after an
 * allocation, which does not stop the deposit clock).
 */
export const RESERVATION_TRANSITIONS: Record<
  'confirm' | 'cancel' | 'expire' | 'allocate',
  { from: readonly ReservationStatus[]; to: ReservationStatus }
> = {
  confirm: { from: ['waitlisted'], to: 'confirmed' },
  cancel: { from: ['confirmed', 'waitlisted'], to: 'cancelled' },
  // allocated too: an order allocated with its deposit unpaid still expires at the deposit deadline
  expire: { from: ['confirmed', 'allocated'], to: 'expired' },
  allocate: { from: ['confirmed'], to: 'allocated' },
};

export function reservationNext(
  from: ReservationStatus,
  action: keyof typeof RESERVATION_TRANSITIONS,
): ReservationStatus {
  const t = RESERVATION_TRANSITIONS[action];
  if (!t.from.includes(from))
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `A ${from} reservation cannot ${action} (allowed from: ${t.from.join(', ')})`,
    );
  return t.to;
}
