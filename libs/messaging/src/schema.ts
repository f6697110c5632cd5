import type { QueryRunner } from 'typeorm';
import { defineMigration } from '@app/persistence';

/**
 * The outbox and inbox tables every service that publishes or consumes events has, created by
 * Messaging1764200000000 (below), which each such service lists first among its migrations.
 *
 * Frozen: these texts are what that migration ran on every database already migrated, so they are never
 * edited; a change to the outbox or inbox is a new migration (like ParkedEvents1764800000000).
 */
export async function createOutboxAndInbox(qr: QueryRunner): Promise<void> {
  await qr.query(`
    CREATE TABLE outbox (
      seq bigserial PRIMARY KEY,
      id uuid NOT NULL UNIQUE,
      type text NOT NULL,
      version integer NOT NULL,
      occurred_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`);
  await qr.query(`CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`);
  await qr.query(`
    CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$`);
  await qr.query(
    `CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`,
  );
  await qr.query(`
    CREATE TABLE inbox (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      type text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
}

export async function dropOutboxAndInbox(qr: QueryRunner): Promise<void> {
  await qr.query('DROP TABLE inbox');
  await qr.query('DROP TRIGGER outbox_notify ON outbox');
  await qr.query('DROP FUNCTION outbox_notify()');
  await qr.query('DROP TABLE outbox');
}

/**
 * Events a consumer gave up redelivering (its handler failed on every delivery): kept with their payload
 * and last error, retried now and then by the consumer, counted by the service's health (parkedEvents).
 * Each consuming service lists ParkedEvents1764800000000 among its migrations. Frozen, as the outbox above.
 */
export async function createParkedEvents(qr: QueryRunner): Promise<void> {
  await qr.query(`
    CREATE TABLE parked_events (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      type text NOT NULL,
      payload jsonb NOT NULL,
      error text NOT NULL,
      attempts integer NOT NULL,
      parked_at timestamptz NOT NULL DEFAULT now(),
      last_tried_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
}

export async function dropParkedEvents(qr: QueryRunner): Promise<void> {
  await qr.query('DROP TABLE parked_events');
}

/** The first migration of every service with an outbox and inbox, listed by each among its own migrations. */
export const Messaging1764200000000 = defineMigration('Messaging1764200000000', {
  up: createOutboxAndInbox,
  down: dropOutboxAndInbox,
});

/** The migration adding parked_events, listed by each consuming service among its own migrations. */
export const ParkedEvents1764800000000 = defineMigration('ParkedEvents1764800000000', {
  up: createParkedEvents,
  down: dropParkedEvents,
});
