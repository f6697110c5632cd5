import { defineMigration } from '@app/persistence';
import { REFUSE_DELETE_SQL } from './sql/1767400000000-refuse-delete.sql.js';
import { RESERVE_GROUP_SQL } from './sql/1767400000000-reserve-group.sql.js';

/**
 * harvest_preorder's cost per reservation on the live sale's path (issue 14, sixth session).
 *
 * 1. reserve_group without work that grows with the tables: the consumer's hold read by one primary-key
 *    probe per item, and the order-opening payload of the new reservations built from the rows the INSERT
 *    returns instead of read back (the frozen text's header says how each became a sequential scan).
 *
 * 2. No per-row foreign-key checks on the rows every reservation writes. Each checked row ran a trigger
 *    and a `SELECT … FOR KEY SHARE` of the referenced row: three per reservation (reservations → batches,
 *    reservations → pickup_points, consumer_holds → batches), ~8 µs of the database's CPU per reservation
 *    (interleaved A/B, groups of 200). What they guaranteed is kept otherwise:
 *    - a reservation names an existing batch and one of ITS pickup points: both reserving functions
 *      (reserve_group, reserve_many) check exactly that under the batch row's lock (NOT_FOUND, BAD_PICKUP) —
 *      a stronger check than the keys were (a key accepted any batch's pickup point); nothing else inserts
 *      reservations, the only other writer of holds (a direct purchase: HarvestService, ConsumerHoldsRepository.raiseWithin) first
 *      locks its existing batch, and nothing updates their batch_id or pickup_point_id;
 *    - what a reservation or a hold names never disappears: batches and pickup points are never deleted
 *      (no statement of the service does), and the trigger below now refuses any DELETE or TRUNCATE of
 *      them, by any writer, as the keys' RESTRICT did for reservations.
 *    stock_purchases keeps its key (not the live sale's path).
 *
 * 3. reservations.order_id is no longer UNIQUE: the index was written for every reservation and read by no
 *    statement (every reader finds a reservation by its id, the order service's events carry both ids:
 *    `WHERE id = $1 AND order_id = $2`). Order ids are gen_random_uuid() / randomUUID() values, and the order
 *    service's primary key on orders.id stays. ~120 bytes of WAL per reservation.
 */
export const ReserveGroupProbes1767400000000 = defineMigration('ReserveGroupProbes1767400000000', {
  async up(qr) {
    await qr.query(REFUSE_DELETE_SQL);
    for (const table of ['batches', 'pickup_points']) {
      await qr.query(
        `CREATE TRIGGER ${table}_never_deleted BEFORE DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete()`,
      );
    }
    await qr.query(`ALTER TABLE reservations DROP CONSTRAINT reservations_batch_id_fkey`);
    await qr.query(`ALTER TABLE reservations DROP CONSTRAINT reservations_pickup_point_id_fkey`);
    await qr.query(`ALTER TABLE consumer_holds DROP CONSTRAINT consumer_holds_batch_id_fkey`);
    await qr.query(`ALTER TABLE reservations DROP CONSTRAINT reservations_order_id_key`);
    // a fourth column (open_ids): a function's columns cannot be changed in place
    await qr.query(`DROP FUNCTION reserve_group(jsonb)`);
    await qr.query(RESERVE_GROUP_SQL);
  },

  async down() {
    // the previous reserve_group is frozen with its own migration and may not be imported here (docs/rules.md)
    throw new Error('ReserveGroupProbes1767400000000 cannot be undone: restore the database from a backup');
  },
});
