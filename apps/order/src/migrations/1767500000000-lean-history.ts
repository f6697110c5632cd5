import { defineMigration } from '@app/persistence';

/**
 * Issue 14: the first history row of every opened order cost a foreign-key check (a lookup of the order and
 * a row lock on it, 54 B of WAL) and two index entries. Neither is needed:
 * - the foreign key: a history row is written only by OrdersRepository — with its order in the opening
 *   statement (from the rows that statement inserted), or for orders a transaction has locked or selected —
 *   and orders are never deleted; every reader goes from an order to its history.
 * - the primary key on seq alone: nothing looks a row up by seq; the history is read by order, in seq order
 *   (OrdersRepository.history), so (order_id, seq) — unique, seq being a sequence — becomes the primary key,
 *   and the separate index on the same columns goes.
 * One index entry per history row instead of two, and no foreign-key check.
 *
 * The outbox's payload is compressed with lz4 instead of pglz where the server has it: a group's opened
 * orders are one event of ~156 kB (200 status changes), which pglz compressed at ~20 µs of the database's
 * CPU per order; lz4 takes ~15 and its output was no larger (25.3 vs 26.4 kB). Existing rows keep theirs;
 * the relay reads either, and what it publishes is unchanged. (A dump of this database then says SET
 * COMPRESSION lz4: it restores only onto a server built with lz4, as Debian's and the official images are.)
 */
export const LeanHistory1767500000000 = defineMigration('LeanHistory1767500000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_order_id_fkey`);
    await qr.query(`ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_pkey`);
    await qr.query(`DROP INDEX order_status_history_order`);
    await qr.query(
      `ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_pkey PRIMARY KEY (order_id, seq)`,
    );
    // (no such setting before PostgreSQL 14: pglz stays)
    const [setting]: Array<{ lz4: boolean }> = await qr.query(
      `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
    );
    if (setting?.lz4) await qr.query(`ALTER TABLE outbox ALTER COLUMN payload SET COMPRESSION lz4`);
  },

  async down(qr) {
    await qr.query(`ALTER TABLE outbox ALTER COLUMN payload SET COMPRESSION default`);
    await qr.query(`ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_pkey`);
    await qr.query(`ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_pkey PRIMARY KEY (seq)`);
    await qr.query(`CREATE INDEX order_status_history_order ON order_status_history (order_id, seq)`);
    await qr.query(
      `ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id)`,
    );
  },
});
