/**
 * Integration events. Every event carries id, occurredAt, type and version; a changed payload is a
 * new version (never a silent change of an existing one). Names are past tense.
 */
export interface IntegrationEvent<TType extends string = string, TData = unknown> {
  id: string;
  type: TType;
  version: number;
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
  /** the gateway's identity events (a consumer erased: personal-data.ts) */
  identity: { stream: 'EVT_IDENTITY', subjects: ['evt.identity.>'] },
  /** Used by the messaging library's own tests and the health probe. */
  diagnostics: { stream: 'EVT_DIAGNOSTICS', subjects: ['evt.diagnostics.>'] },
} as const;
export type EventDomain = keyof typeof EVENT_STREAMS;

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
