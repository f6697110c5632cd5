import { defineMigration } from '@app/persistence';
import { RESERVE_GROUP_SQL } from './sql/1767300000000-reserve-group.sql.js';
import { RESERVE_MANY_SQL } from './sql/1767300000000-reserve-many.sql.js';

/**
 * Orders to open: a side table instead of reservations.order_opened (issue 14, the live sale's write cost).
 *
 * Before, every reservation row was written twice: INSERT, then `UPDATE … SET order_opened = true` once the
 * order service acknowledged its order. That UPDATE could never be HOT (the partial index
 * reservations_unopened names the column), so it wrote a new row version and a new entry in every index of
 * `reservations` (id, order_id, (consumer, key), batch) — and left as many dead entries for VACUUM.
 *
 * Now a confirmed reservation whose order is not open yet has a row `(reservation_id)` in orders_to_open,
 * written in the reserving transaction (reserve_group, reserve_many, a waitlist promotion) and DELETEd after
 * the acknowledgement. "order_opened" keeps its meaning: NOT EXISTS that row. The table holds only what is in
 * flight, so the retry loop reads it whole instead of needing an index on `reservations`.
 *
 * On an existing database: the table is filled from the rows not marked opened, then the partial index and
 * the column go (dropping a column touches only the catalog: no rewrite). The column is dropped rather than
 * kept because nothing would write it any more: a column that says false for every new reservation would be a
 * lie to anyone reading it (reserve_many and reserve_group are re-created here without it).
 *
 * stock_purchases keeps its order_opened column: no index names it (its UPDATE may be HOT) and direct purchases
 * are not the live sale's path.
 */
export const OrdersToOpen1767300000000 = defineMigration('OrdersToOpen1767300000000', {
  async up(qr) {
    await qr.query(`CREATE TABLE orders_to_open (reservation_id uuid PRIMARY KEY)`);
    await qr.query(
      `INSERT INTO orders_to_open (reservation_id) SELECT id FROM reservations WHERE order_id IS NOT NULL AND NOT order_opened`,
    );
    await qr.query(`DROP INDEX reservations_unopened`);
    await qr.query(`ALTER TABLE reservations DROP COLUMN order_opened`);
    await qr.query(RESERVE_GROUP_SQL);
    await qr.query(RESERVE_MANY_SQL);
  },

  async down() {
    // the previous reserve_group / reserve_many read the column; their texts are frozen with their own
    // migrations and may not be imported here (docs/rules.md), so going back means restoring a backup
    throw new Error('OrdersToOpen1767300000000 cannot be undone: restore the database from a backup');
  },
});
