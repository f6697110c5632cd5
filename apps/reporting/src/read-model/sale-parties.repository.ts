import type { EntityManager } from 'typeorm';
import type { CompletionRow } from './order-events.js';

/** Who took part in each sale (for the flags); a second completion of an order changes nothing. */
export async function insertParties(em: EntityManager, rows: CompletionRow[]): Promise<void> {
  await em.query(
    `INSERT INTO sale_parties (order_id, day, lao_code, producer_id, consumer_id, consumer_phone_hash)
     SELECT c.order_id, c.day, c.lao_code, c.producer_id, c.consumer_id, c.consumer_phone_hash
     FROM jsonb_to_recordset($1::jsonb) AS c(order_id text, day date, lao_code text, producer_id text, consumer_id text, consumer_phone_hash text)
     ON CONFLICT (order_id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
