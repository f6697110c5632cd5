import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AnyEvent, EventPayload, EventType, EventVersion, IntegrationEvent } from '@app/contracts';

/**
 * A new event of the catalog (EventCatalog in libs/contracts): the compiler refuses a payload that is not
 * the one of that type and version.
 */
export function newEvent<T extends EventType, V extends EventVersion<T>>(
  type: T,
  version: V,
  data: EventPayload<T, V>,
  occurredAt = new Date(),
): IntegrationEvent<T, EventPayload<T, V>, V> {
  return { id: randomUUID(), type, version, occurredAt: occurredAt.toISOString(), data };
}

/**
 * Writes events to the outbox with the caller's transaction, so an event exists if and only if the
 * business change committed. The relay publishes it to JetStream afterwards. Only events of the catalog.
 */
export async function addToOutbox(manager: EntityManager, ...events: AnyEvent[]): Promise<void> {
  if (!events.length) return;
  const values: unknown[] = [];
  const rows = events.map((e, i) => {
    values.push(e.id, e.type, e.version, e.occurredAt, JSON.stringify(e));
    const b = i * 5;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::jsonb)`;
  });
  await manager.query(`INSERT INTO outbox (id, type, version, occurred_at, payload) VALUES ${rows.join(', ')}`, values);
}
