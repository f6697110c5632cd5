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
 */
export const LeanHistory1767500000000 = defineMigration('LeanHistory1767500000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_order_id_fkey`);
    await qr.query(`ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_pkey`);
    await qr.query(`DROP INDEX order_status_history_order`);
    await qr.query(
      `ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_pkey PRIMARY KEY (order_id, seq)`,
    );
  },

  async down(qr) {
    await qr.query(`ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_pkey`);
    await qr.query(`ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_pkey PRIMARY KEY (seq)`);
    await qr.query(`CREATE INDEX order_status_history_order ON order_status_history (order_id, seq)`);
    await qr.query(
      `ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id)`,
    );
  },
});
