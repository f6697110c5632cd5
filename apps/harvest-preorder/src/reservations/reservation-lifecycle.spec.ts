import { RESERVATION_STATUSES } from '@app/contracts';
import { RESERVATION_TRANSITIONS, reservationNext } from './reservation-lifecycle.js';

const legal = [
  ['waitlisted', 'confirm', 'confirmed'],
  ['confirmed', 'cancel', 'cancelled'],
  ['waitlisted', 'cancel', 'cancelled'],
  ['confirmed', 'expire', 'expired'],
  ['allocated', 'expire', 'expired'],
  ['confirmed', 'allocate', 'allocated'],
] as const;

describe('reservation lifecycle table', () => {
  it.each(legal)('%s --%s--> %s', (from, action, to) => expect(reservationNext(from, action)).toBe(to));
  const illegal = RESERVATION_STATUSES.flatMap((s) =>
    (Object.keys(RESERVATION_TRANSITIONS) as Array<keyof typeof RESERVATION_TRANSITIONS>).map((a) => [s, a] as const),
  ).filter(([s, a]) => !legal.some(([f, la]) => f === s && la === a));
  it.each(illegal)('%s --%s--> ILLEGAL_TRANSITION', (from, action) => {
    expect(() => reservationNext(from, action)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
  });
});
