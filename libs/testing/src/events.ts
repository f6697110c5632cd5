import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { eventSubject } from '@app/contracts';
import type { IntegrationEvent } from '@app/contracts';

/**
 * Publishes an integration event exactly as a producing service's outbox relay does: JetStream subject
 * `evt.<type>`, Msg-Id = event id. Pass another `msgID` to send a copy past JetStream's dedupe window (a
 * redelivery only the consumer's inbox can catch), and `version` for another version than 1 (EventCatalog).
 */
export async function publishEvent<T>(
  nc: NatsConnection,
  type: string,
  data: T,
  opts: { id?: string; msgID?: string; occurredAt?: string; version?: number } = {},
): Promise<IntegrationEvent<string, T>> {
  const event: IntegrationEvent<string, T> = {
    id: opts.id ?? randomUUID(),
    type,
    version: opts.version ?? 1,
    occurredAt: opts.occurredAt ?? new Date().toISOString(),
    data,
  };
  await jetstream(nc).publish(eventSubject(type), JSON.stringify(event), { msgID: opts.msgID ?? event.id });
  return event;
}
