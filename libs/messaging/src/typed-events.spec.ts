import type { EntityManager } from 'typeorm';
import { OrderEvents, PreorderEvents } from '@app/contracts';
import type { EventOf, IntegrationEvent } from '@app/contracts';
import type { EventHandlers } from './handlers.js';
import { lookupHandler } from './handlers.js';
import { addToOutbox, newEvent } from './outbox.js';

/**
 * What the event catalog (libs/contracts/src/event-catalog.ts) lets the compiler refuse. These lines are
 * type-checked (`npx tsc -p tsconfig.json --noEmit`, and by ts-jest here) and never run: each
 * `@ts-expect-error` fails the build if the mistake under it ever compiles.
 */
export function compileTimeChecks(
  em: EntityManager,
  order: IntegrationEvent<'order.expired', EventOf<'order.expired', 1>['data'], 1>,
): void {
  // @ts-expect-error a payload of another type (order.expired's) for order.completed
  void newEvent(OrderEvents.completed, 1, order.data);
  // @ts-expect-error a version the catalog does not have
  void newEvent(OrderEvents.completed, 2, order.data);
  // @ts-expect-error v2 of preorder.reservation.allocated carries balanceDueBy
  void newEvent(PreorderEvents.reservationAllocated, 2, {
    reservationId: 'r',
    orderId: 'o',
    batchId: 'b',
    requested: 1,
    allocated: 1,
  });
  // @ts-expect-error a type that is in no catalog
  void newEvent('order.teleported', 1, {});
  // @ts-expect-error an event made by hand with another type's payload
  void addToOutbox(em, { id: 'x', type: OrderEvents.completed, version: 1, occurredAt: '', data: order.data });

  const handlers: EventHandlers<'order'> = {
    [OrderEvents.expired]: {
      1: async (e) => {
        // the handler receives its version's payload, typed
        const id: string = e.data.orderId;
        // @ts-expect-error order.expired v1 has no goodsTotalSatang
        void e.data.goodsTotalSatang;
        void id;
      },
    },
    // @ts-expect-error a preorder type in the order stream's handlers
    [PreorderEvents.reservationCancelled]: { 1: async () => undefined },
  };
  const versions: EventHandlers<'preorder'> = {
    [PreorderEvents.reservationAllocated]: {
      // v1 has no balanceDueBy; v2 has
      1: async (e) => void ('balanceDueBy' in e.data),
      2: async (e) => void e.data.balanceDueBy.length,
      // @ts-expect-error no version 3 in the catalog
      3: async () => undefined,
    },
  };
  void handlers;
  void versions;
}

describe('event handler lookup (by type, then version)', () => {
  const handled = async () => undefined;
  const handlers: EventHandlers<'preorder'> = { [PreorderEvents.reservationAllocated]: { 1: handled, 2: handled } };
  const event = (type: string, version: unknown) =>
    ({ id: 'e', type, version, occurredAt: '', data: {} }) as IntegrationEvent;

  it('finds the handler of the event’s own version', () => {
    expect(lookupHandler(handlers, event(PreorderEvents.reservationAllocated, 2))).toEqual({
      kind: 'handler',
      handle: handled,
    });
  });

  it('leaves a type it does not handle alone (acknowledged without work)', () => {
    expect(lookupHandler(handlers, event(PreorderEvents.reservationCancelled, 1))).toEqual({ kind: 'unhandled' });
    expect(lookupHandler(handlers, event('constructor', 1))).toEqual({ kind: 'unhandled' });
  });

  it('refuses, with the reason, a version of a handled type it has no handler for (or no version at all)', () => {
    expect(lookupHandler(handlers, event(PreorderEvents.reservationAllocated, 3))).toEqual({
      kind: 'unknown-version',
      reason:
        'no handler for version 3 of preorder.reservation.allocated (this consumer handles versions 1, 2): parked until a release that handles it',
    });
    expect(lookupHandler(handlers, event(PreorderEvents.reservationAllocated, undefined))).toMatchObject({
      kind: 'unknown-version',
    });
    expect(lookupHandler(handlers, event(PreorderEvents.reservationAllocated, 'toString'))).toMatchObject({
      kind: 'unknown-version',
    });
  });
});
