/**
 * The fair rule when the harvest falls short, a pure function. Reservations are served in the order they
 * were confirmed: each gets its full quantity while the yield lasts; the one at the edge gets what is
 * left if it allowed partial fill, else nothing and the next one is tried; the rest get nothing.
 */
export interface AllocationInput {
  reservationId: string;
  /** confirmation order: lower first */
  confirmedSeq: number;
  quantity: number;
  allowPartial: boolean;
}

export interface AllocationOutcome {
  reservationId: string;
  requested: number;
  allocated: number;
}

/**
 * What one request gets from `available` units: all, what is left if partial is allowed and it reaches
 * `minQuantity` (a reservation is never smaller than the batch's minimum), or nothing. reserve_group (and
 * reserve_many) apply the same rule in SQL; test/reserve-rules.e2e-spec.ts holds the two together (docs/rules.md).
 */
export function fillFor(requested: number, available: number, allowPartial: boolean, minQuantity = 1): number {
  if (available <= 0) return 0;
  if (requested <= available) return requested;
  return allowPartial && available >= minQuantity ? available : 0;
}

export function allocate(yieldQuantity: number, reservations: readonly AllocationInput[]): AllocationOutcome[] {
  if (!Number.isInteger(yieldQuantity) || yieldQuantity < 0) throw new RangeError('yield must be a whole number ≥ 0');
  let left = yieldQuantity;
  return [...reservations]
    .sort((a, b) => a.confirmedSeq - b.confirmedSeq)
    .map((r) => {
      const allocated = fillFor(r.quantity, left, r.allowPartial);
      left -= allocated;
      return { reservationId: r.reservationId, requested: r.quantity, allocated };
    });
}
