import { defineMigration } from '@app/persistence';

/**
 * A cancellation (or an allocation of nothing) can arrive before the order it is about is opened: a
 * waitlist promotion opens orders in the background. The event leaves a tombstone, and opening that
 * order later creates it already cancelled instead of a live order nobody will ever settle.
 */
export const OrderTombstones1764200000003 = defineMigration('OrderTombstones1764200000003', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE order_tombstones (
        order_id uuid PRIMARY KEY,
        reason text NOT NULL,
        event_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  },

  async down(qr) {
    await qr.query('DROP TABLE order_tombstones');
  },
});
