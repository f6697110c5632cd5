import { defineMigration } from '@app/persistence';

/**
 * What the producer's reminders need: the open batches' windows (harvest-preorder's batch events) and the
 * reservations opened per producer (order.status_changed from nothing), for the daily summary.
 */
export const BatchesSeen1767100000002 = defineMigration('BatchesSeen1767100000002', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE batches_seen (
        batch_id uuid PRIMARY KEY,
        producer_id uuid NOT NULL,
        product_name text NOT NULL,
        closes_at timestamptz NOT NULL,
        sold_out boolean NOT NULL DEFAULT false
      )`);
    await qr.query(`CREATE INDEX batches_seen_closing ON batches_seen (closes_at) WHERE NOT sold_out`);
    await qr.query(`
      CREATE TABLE new_reservations (
        order_id uuid PRIMARY KEY,
        producer_id uuid NOT NULL,
        product_name text NOT NULL,
        opened_at timestamptz NOT NULL
      )`);
    await qr.query(`CREATE INDEX new_reservations_opened ON new_reservations (opened_at)`);
  },

  async down(qr) {
    await qr.query(`DROP TABLE new_reservations`);
    await qr.query(`DROP TABLE batches_seen`);
  },
});
