/**
 * FROZEN: the exact text migration 1767400000000 (ReserveGroupProbes) runs. Never edit this file: a change
 * is a new migration with its own copy (docs/rules.md).
 *
 * The guard that replaced the foreign keys of reservations and consumer_holds (dropped by that migration: a
 * trigger and a row lock per reservation): batches and pickup points are never deleted, so what a reservation
 * or a hold names never disappears. Run BEFORE DELETE OR TRUNCATE, per statement (nothing on the hot path).
 */
export const REFUSE_DELETE_SQL = `
CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '% rows are never deleted: reservations and holds name them (migration 1767400000000)', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END
$fn$`;
