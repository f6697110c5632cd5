import fc from 'fast-check';
import { allocate, AllocationInput, fillFor } from './allocate.js';

const reservationsArb = fc
  .array(fc.record({ quantity: fc.integer({ min: 1, max: 50 }), allowPartial: fc.boolean() }), { maxLength: 40 })
  .chain((rs) =>
    fc.shuffledSubarray(
      rs.map((r, i) => ({ ...r, reservationId: `r${i}`, confirmedSeq: i + 1 })),
      { minLength: rs.length, maxLength: rs.length },
    ),
  );
const yieldArb = fc.integer({ min: 0, max: 1500 });

/** the outcomes in confirmation order, whatever order the input came in */
function ordered(input: AllocationInput[], yieldQ: number) {
  const bySeq = new Map(input.map((r) => [r.reservationId, r]));
  return allocate(yieldQ, input).map((o) => ({ ...o, r: bySeq.get(o.reservationId)! }));
}

describe('allocate (fast-check properties)', () => {
  it('never allocates more than the yield, nor more than requested, nor a negative amount', () => {
    fc.assert(
      fc.property(yieldArb, reservationsArb, (y, rs) => {
        const out = allocate(y, rs);
        expect(out.reduce((s, o) => s + o.allocated, 0)).toBeLessThanOrEqual(y);
        for (const o of out) {
          expect(o.allocated).toBeGreaterThanOrEqual(0);
          expect(o.allocated).toBeLessThanOrEqual(o.requested);
          expect(Number.isInteger(o.allocated)).toBe(true);
        }
      }),
    );
  });

  it('accounts for every reservation exactly once, with its requested quantity', () => {
    fc.assert(
      fc.property(yieldArb, reservationsArb, (y, rs) => {
        const out = allocate(y, rs);
        expect(out.map((o) => o.reservationId).sort()).toEqual(rs.map((r) => r.reservationId).sort());
        const req = new Map(rs.map((r) => [r.reservationId, r.quantity]));
        for (const o of out) expect(o.requested).toBe(req.get(o.reservationId));
      }),
    );
  });

  it('serves first come first: each gets, at its turn, everything it can from what the earlier ones left', () => {
    fc.assert(
      fc.property(yieldArb, reservationsArb, (y, rs) => {
        const out = ordered(rs, y);
        let left = y;
        for (const o of out) {
          // at its turn each gets all it asked if that fits in what the earlier ones left; otherwise
          // what is left (partial allowed) or nothing (not allowed)
          if (o.requested <= left) expect(o.allocated).toBe(o.requested);
          else expect(o.allocated).toBe(o.r.allowPartial ? left : 0);
          left -= o.allocated;
        }
      }),
    );
  });

  it('fills in full while the yield lasts and fills partially only at the edge, only when allowed', () => {
    fc.assert(
      fc.property(yieldArb, reservationsArb, (y, rs) => {
        const out = ordered(rs, y);
        const partial = out.filter((o) => o.allocated > 0 && o.allocated < o.requested);
        expect(partial.length).toBeLessThanOrEqual(1);
        if (partial.length) {
          expect(partial[0].r.allowPartial).toBe(true);
          const at = out.indexOf(partial[0]);
          // after the edge nothing is left for anyone
          expect(out.slice(at + 1).every((o) => o.allocated === 0)).toBe(true);
          expect(out.reduce((s, o) => s + o.allocated, 0)).toBe(y);
        }
      }),
    );
  });

  it('gives everyone all they asked when the yield covers the total', () => {
    fc.assert(
      fc.property(reservationsArb, fc.nat(100), (rs, extra) => {
        const total = rs.reduce((s, r) => s + r.quantity, 0);
        expect(allocate(total + extra, rs).every((o) => o.allocated === o.requested)).toBe(true);
      }),
    );
  });

  it('wastes nothing it could give: no unfilled reservation would have fit into what is left at the end', () => {
    fc.assert(
      fc.property(yieldArb, reservationsArb, (y, rs) => {
        const out = allocate(y, rs);
        const left = y - out.reduce((s, o) => s + o.allocated, 0);
        for (const o of out) if (o.allocated === 0) expect(o.requested > left).toBe(true);
      }),
    );
  });

  it('serves by confirmation order, not by input order (a worked example)', () => {
    const out = allocate(5, [
      { reservationId: 'late', confirmedSeq: 3, quantity: 2, allowPartial: true },
      { reservationId: 'first', confirmedSeq: 1, quantity: 3, allowPartial: false },
      { reservationId: 'second-no-partial', confirmedSeq: 2, quantity: 4, allowPartial: false },
    ]);
    expect(out).toEqual([
      { reservationId: 'first', requested: 3, allocated: 3 },
      { reservationId: 'second-no-partial', requested: 4, allocated: 0 },
      { reservationId: 'late', requested: 2, allocated: 2 },
    ]);
  });
});

describe('fillFor (a place freed for the waitlist)', () => {
  it('never fills partly below the minimum quantity per reservation', () => {
    expect(fillFor(5, 2, true, 5)).toBe(0);
    expect(fillFor(8, 5, true, 5)).toBe(5);
    expect(fillFor(5, 7, true, 5)).toBe(5);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -5, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 20 }),
        (q, avail, partial, min) => {
          const got = fillFor(Math.max(q, min), avail, partial, min);
          expect(got === 0 || (got >= min && got <= Math.max(q, min) && got <= avail)).toBe(true);
        },
      ),
    );
  });
});
