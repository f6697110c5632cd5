import type { EntityManager } from 'typeorm';
import type { IntegrationEvent } from '@app/contracts';

/**
 * What the rebuild writes besides the read model's own tables: the wipe before a replay, and this consumer's
 * inbox rows (libs/messaging's inbox, as the live EventConsumer writes them), so a replay and the live
 * consumer never apply an event twice.
 */
export const replayRepository = {
  /** Empties the derived tables and forgets this consumer's order and catalog events. */
  async wipe(em: EntityManager, tables: string[], consumer: string): Promise<void> {
    await em.query(`TRUNCATE ${tables.join(', ')}`);
    await em.query(`DELETE FROM inbox WHERE consumer = $1 AND (type LIKE 'order.%' OR type LIKE 'catalog.%')`, [
      consumer,
    ]);
  },

  /** Records one event in the inbox; false when it was already there (applied). */
  async claim(em: EntityManager, consumer: string, e: IntegrationEvent): Promise<boolean> {
    const inserted: Array<{ event_id: string }> = await em.query(
      `INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, e.id, e.type],
    );
    return inserted.length > 0;
  },

  /** Records many events in the inbox in one statement; returns the ids that were not there yet. */
  async claimAll(em: EntityManager, consumer: string, events: IntegrationEvent[]): Promise<Set<string>> {
    const inbox: Array<{ event_id: string }> = await em.query(
      `INSERT INTO inbox (consumer, event_id, type) SELECT $1, e.id, e.type FROM jsonb_to_recordset($2::jsonb) AS e(id uuid, type text)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, JSON.stringify(events.map((e) => ({ id: e.id, type: e.type })))],
    );
    return new Set(inbox.map((r) => r.event_id));
  },
};
