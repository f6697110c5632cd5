/**
 * FROZEN: the exact text migration 1767200000000 (BatchTransitionGuard) runs. Never edit this file: a change
 * is a new migration with its own copy (docs/rules.md).
 *
 * The batch lifecycle table (BATCH_TRANSITIONS in batches/batch-lifecycle.ts) as the database's own guard:
 * every change of a batch's status, by any statement (the services, the sweeper, reserve_group/reserve_many),
 * must be one of these pairs, or the statement fails (check_violation) instead of writing a status the table
 * forbids. The pairs were written from the table on 2026-12-03; test/frozen-functions.e2e-spec.ts tries every
 * pair of statuses against the table, so a change to the table without a new migration fails there.
 */
export const BATCH_TRANSITION_ALLOWED_SQL = `
CREATE FUNCTION batch_transition_allowed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF (OLD.status, NEW.status) IN (
       ('draft', 'open'), ('open', 'closed'), ('closed', 'harvested'), ('harvested', 'completed'),
       ('draft', 'cancelled'), ('open', 'cancelled'), ('closed', 'cancelled')) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'batch %: % → % is not a transition of the batch lifecycle', NEW.id, OLD.status, NEW.status
    USING ERRCODE = 'check_violation';
END
$fn$`;
