import { defineMigration } from '@app/persistence';
import { RESERVE_MANY_SQL } from './sql/1764300000000-reserve-many.sql.js';

export const Batches1764300000000 = defineMigration('Batches1764300000000', {
  async up(qr) {
    // The product, producer and place are a snapshot taken from the catalog when the batch is created.
    // held_within_reservable is the invariant written into the schema: even a buggy statement cannot
    // make the held quantity exceed the reservable quantity, it fails instead.
    await qr.query(`
      CREATE TABLE batches (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        product jsonb NOT NULL,
        producer_id uuid NOT NULL,
        lao_code text NOT NULL,
        district_code text NOT NULL,
        province_code text NOT NULL,
        category text NOT NULL,
        harvest_start date NOT NULL,
        harvest_end date NOT NULL CHECK (harvest_end >= harvest_start),
        estimated_quantity integer NOT NULL CHECK (estimated_quantity > 0),
        reservable_quantity integer NOT NULL CHECK (reservable_quantity > 0 AND reservable_quantity <= estimated_quantity),
        reserved integer NOT NULL DEFAULT 0,
        unit_price_satang bigint NOT NULL CHECK (unit_price_satang >= 0),
        deposit_percent integer NOT NULL CHECK (deposit_percent BETWEEN 0 AND 100),
        min_quantity integer NOT NULL CHECK (min_quantity > 0),
        max_per_consumer integer NOT NULL CHECK (max_per_consumer >= min_quantity),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL CHECK (closes_at > opens_at),
        waitlist boolean NOT NULL,
        close_when_sold_out boolean NOT NULL,
        delivery_fee_satang bigint CHECK (delivery_fee_satang >= 0),
        status text NOT NULL DEFAULT 'draft',
        closed_by_sold_out boolean NOT NULL DEFAULT false,
        actual_quantity integer CHECK (actual_quantity >= 0),
        stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
        stock_sold integer NOT NULL DEFAULT 0,
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT held_within_reservable CHECK (reserved >= 0 AND reserved <= reservable_quantity),
        CONSTRAINT stock_sold_within_stock CHECK (stock_sold >= 0 AND stock_sold <= stock)
      )`);
    await qr.query(`CREATE INDEX batches_status ON batches (status, opens_at, closes_at)`);
    await qr.query(`CREATE INDEX batches_place ON batches (province_code, district_code, lao_code)`);
    await qr.query(`
      CREATE TABLE pickup_points (
        id uuid PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        address text NOT NULL,
        windows jsonb NOT NULL DEFAULT '[]'
      )`);
    await qr.query(`CREATE INDEX pickup_points_batch ON pickup_points (batch_id, position)`);
    // What one consumer holds on one batch (confirmed + waitlisted): the per-consumer maximum is a
    // conditional upsert of this row, race-free like the batch's own counter.
    await qr.query(`
      CREATE TABLE consumer_holds (
        batch_id uuid NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        consumer_id uuid NOT NULL,
        held integer NOT NULL CHECK (held >= 0),
        PRIMARY KEY (batch_id, consumer_id)
      )`);
    await qr.query(`CREATE SEQUENCE reservation_confirm_seq`);
    // seq: arrival order (the waitlist is served by it); confirmed_seq: confirmation order (allocation).
    // order_opened: false until the order service acknowledged opening order_id (retried until then).
    await qr.query(`
      CREATE TABLE reservations (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        batch_id uuid NOT NULL REFERENCES batches (id),
        consumer_id uuid NOT NULL,
        idempotency_key text NOT NULL,
        status text NOT NULL,
        requested integer NOT NULL CHECK (requested > 0),
        quantity integer NOT NULL CHECK (quantity > 0),
        allow_partial boolean NOT NULL,
        fulfilment jsonb NOT NULL,
        pickup_point_id uuid REFERENCES pickup_points (id),
        order_id uuid UNIQUE,
        order_opened boolean NOT NULL DEFAULT false,
        confirmed_seq bigint,
        allocated integer CHECK (allocated >= 0 AND allocated <= quantity),
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by text,
        cancel_reason text,
        CONSTRAINT one_reservation_per_key UNIQUE (consumer_id, idempotency_key)
      )`);
    await qr.query(`CREATE INDEX reservations_batch ON reservations (batch_id, status, confirmed_seq)`);
    await qr.query(`CREATE INDEX reservations_waitlist ON reservations (batch_id, seq) WHERE status = 'waitlisted'`);
    await qr.query(
      `CREATE INDEX reservations_unopened ON reservations (confirmed_at) WHERE order_id IS NOT NULL AND NOT order_opened`,
    );
    await qr.query(`
      CREATE TABLE stock_purchases (
        id uuid PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES batches (id),
        consumer_id uuid NOT NULL,
        idempotency_key text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        fulfilment jsonb NOT NULL,
        order_id uuid NOT NULL UNIQUE,
        order_opened boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        expired_at timestamptz,
        UNIQUE (consumer_id, idempotency_key)
      )`);
    await qr.query(RESERVE_MANY_SQL);
  },

  async down(qr) {
    await qr.query('DROP FUNCTION reserve_many(uuid, jsonb)');
    await qr.query('DROP TABLE stock_purchases');
    await qr.query('DROP TABLE reservations');
    await qr.query('DROP SEQUENCE reservation_confirm_seq');
    await qr.query('DROP TABLE consumer_holds');
    await qr.query('DROP TABLE pickup_points');
    await qr.query('DROP TABLE batches');
  },
});
