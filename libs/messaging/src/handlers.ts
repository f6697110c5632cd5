import type { EntityManager } from 'typeorm';
import type { EventDomain, EventOf, EventType, EventTypeOf, EventVersion, IntegrationEvent } from '@app/contracts';

/** Applies one version of one event type, in the consumer's transaction (the one that records it in the inbox). */
export type EventHandler<T extends EventType, V extends EventVersion<T> = EventVersion<T>> = (
  event: EventOf<T, V>,
  manager: EntityManager,
) => Promise<void>;

/**
 * A consumer's handlers for one domain's stream, by type and then by version (EventCatalog in
 * libs/contracts): `{ [OrderEvents.completed]: { 1: onCompletedV1 } }`. Each handler receives the payload of
 * its version. A type left out is acknowledged without work; a version left out of a type that is listed
 * is parked (lookupHandler), never handed to the handler of another version.
 */
export type EventHandlers<D extends EventDomain = EventDomain> = {
  readonly [T in EventTypeOf<D>]?: { readonly [V in EventVersion<T>]?: EventHandler<T, V> };
};

/** What a consumer does with one event. */
export type HandlerLookup =
  /** nobody here handles the type: acknowledged, nothing written */
  | { kind: 'unhandled' }
  | { kind: 'handler'; handle: (event: IntegrationEvent, manager: EntityManager) => Promise<void> }
  /** the type is handled but not this version (a publisher newer than this consumer): parked with `reason` */
  | { kind: 'unknown-version'; reason: string };

type Untyped = Readonly<
  Record<string, Readonly<Record<string, (event: IntegrationEvent, manager: EntityManager) => Promise<void>>>>
>;

export function lookupHandler(handlers: EventHandlers, event: IntegrationEvent): HandlerLookup {
  // The map is typed per (type, version) where it is written; here the event's own type and version pick
  // the handler, so each handler only ever receives the payload it was typed for.
  const byType = handlers as Untyped;
  if (!Object.hasOwn(byType, event.type)) return { kind: 'unhandled' };
  const byVersion = byType[event.type]!;
  const version = String(event.version);
  if (Object.hasOwn(byVersion, version) && byVersion[version]) return { kind: 'handler', handle: byVersion[version] };
  const known = Object.keys(byVersion).filter((v) => byVersion[v]);
  return {
    kind: 'unknown-version',
    reason: `no handler for version ${JSON.stringify(event.version ?? null)} of ${event.type} (this consumer handles version${known.length === 1 ? '' : 's'} ${known.join(', ') || 'none'}): parked until a release that handles it`,
  };
}

/** An event parked because its consumer has no handler for its version (retrying it fails the same until one is deployed). */
export class UnknownEventVersionError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnknownEventVersionError';
  }
}
