import type { ServiceName } from './subjects.js';

/**
 * Integration events. Every event carries id, occurredAt, type and version; a changed payload is a
 * new version (never a silent change of an existing one). Names are past tense. Which payload each type
 * and version carries is written once, in EventCatalog (event-catalog.ts).
 */
export interface IntegrationEvent<TType extends string = string, TData = unknown, TVersion extends number = number> {
  id: string;
  type: TType;
  version: TVersion;
  occurredAt: string;
  data: TData;
}

/**
 * Event types and the JetStream subject each is published on. A subject is `evt.<type>`; the stream of
 * a producing service captures `evt.<domain>.>` where <domain> is the first segment of the type.
 */
export const EVENT_STREAMS = {
  catalog: { stream: 'EVT_CATALOG', subjects: ['evt.catalog.>'] },
  preorder: { stream: 'EVT_PREORDER', subjects: ['evt.preorder.>'] },
  order: { stream: 'EVT_ORDER', subjects: ['evt.order.>'] },
  /** the gateway's identity events (a consumer erased, an account's contact or role: personal-data.ts) */
  identity: { stream: 'EVT_IDENTITY', subjects: ['evt.identity.>'] },
  /** Used by the messaging library's own tests and the health probe. */
  diagnostics: { stream: 'EVT_DIAGNOSTICS', subjects: ['evt.diagnostics.>'] },
} as const;
export type EventDomain = keyof typeof EVENT_STREAMS;

/**
 * Who publishes and who consumes each domain's events: the one table both the services' event runtimes
 * (which refuse to start with anything else) and the NATS permissions (libs/messaging/src/permissions.ts)
 * read. Only the owner of a domain may publish `evt.<domain>.>` and manage its stream; a consumer may only
 * read it through its own durable consumer (named after the consuming service's queue group).
 * `replays`: may also read the consumed streams with ephemeral consumers (reporting's read-model rebuild).
 */
/** The apps that publish or consume events: the four services and the gateway (its identity events). */
export type EventApp = ServiceName | 'gateway';

export const EVENT_FLOWS: Readonly<
  Record<EventApp, { publishes: readonly EventDomain[]; consumes: readonly EventDomain[]; replays?: boolean }>
> = {
  gateway: { publishes: ['identity'], consumes: [] },
  catalog: { publishes: ['catalog', 'diagnostics'], consumes: ['order', 'identity'] },
  harvestPreorder: { publishes: ['preorder'], consumes: ['order', 'identity'] },
  order: { publishes: ['order'], consumes: ['preorder', 'identity'] },
  reporting: { publishes: [], consumes: ['diagnostics', 'catalog', 'order'], replays: true },
  notification: { publishes: [], consumes: ['order', 'identity', 'preorder'] },
};

export function eventSubject(type: string): string {
  return `evt.${type}`;
}

// --- diagnostics (foundation) -----------------------------------------------------------------

export const DiagnosticsEvents = {
  /** Raised by the catalog's diagnostics command: proves an event crosses services exactly once. */
  pingRecorded: 'diagnostics.ping.recorded',
} as const;

export interface DiagnosticsPingRecordedV1 {
  pingId: string;
  note: string;
}
