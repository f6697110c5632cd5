import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IntegrationEvent } from '@app/contracts';

export function newEvent<TType extends string, TData>(type: TType, version: number, data: TData, occurredAt = new Date()): IntegrationEvent<TType, TData> {
  return { id: randomUUID(), type, version, occurredAt: occurredAt.toISOString(), data };
}

/**
 * Writes events to the outbox with the caller's transaction, so an event exists if and only if the
 * business change committed. The relay publishes it to JetStream afterwards.
 */
export async function addToOutbox(manager: EntityManager, ...events: IntegrationEvent[]): Promise<void> {
  if (!events.length) return;
  const values: unknown[] = [];
  const rows = events.map((e, i) => {
    values.push(e.id, e.type, e.version, e.occurredAt, JSON.stringify(e));
    const b = i * 5;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::jsonb)`;
  });
  await manager.query(`INSERT INTO outbox (id, type, version, occurred_at, payload) VALUES ${rows.join(', ')}`, values);
}
