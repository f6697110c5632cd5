import { defineMigration } from '@app/persistence';

export const OrderLifecycle1764200000002 = defineMigration('OrderLifecycle1764200000002', {
  async up(qr) {
    await qr.query(`
      ALTER TABLE orders
        ADD COLUMN refunded_satang bigint NOT NULL DEFAULT 0 CHECK (refunded_satang >= 0),
        ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN allocated_at timestamptz,
        ADD COLUMN shipment jsonb,
        ADD COLUMN handed_over_at timestamptz,
        ADD COLUMN completed_at timestamptz,
        ADD CONSTRAINT orders_status_known CHECK (status IN ('awaiting_deposit', 'reserved', 'awaiting_balance', 'paid',
          'ready_for_pickup', 'shipped', 'picked_up', 'delivered', 'completed', 'expired', 'cancelled', 'refunded')),
        ADD CONSTRAINT orders_refund_within_paid CHECK (refunded_satang <= paid_satang)`);
    // direct purchases of surplus stock expire from awaiting_balance too
    await qr.query(`DROP INDEX orders_deposit_deadline`);
    await qr.query(
      `CREATE INDEX orders_payment_deadline ON orders (deposit_deadline) WHERE status IN ('awaiting_deposit', 'awaiting_balance')`,
    );
    await qr.query(
      `CREATE INDEX orders_handed_over ON orders (handed_over_at) WHERE status IN ('picked_up', 'delivered')`,
    );
    await qr.query(`CREATE INDEX orders_completed_at ON orders (completed_at) WHERE completed_at IS NOT NULL`);
    await qr.query(`CREATE INDEX orders_producer_batch ON orders (producer_id, batch_id)`);

    // A reference is unique per producer: the same bank slip recorded twice is a mistake, not two payments.
    await qr.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id),
        producer_id uuid NOT NULL,
        amount_satang bigint NOT NULL CHECK (amount_satang > 0),
        method text NOT NULL CHECK (method IN ('promptpay', 'transfer', 'cash')),
        reference text NOT NULL,
        slip_url text,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payments_reference_per_producer UNIQUE (producer_id, reference)
      )`);
    await qr.query(`CREATE INDEX payments_order ON payments (order_id, recorded_at)`);

    await qr.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id),
        amount_satang bigint NOT NULL CHECK (amount_satang > 0),
        reason text NOT NULL CHECK (reason IN ('allocation_short', 'allocation_none', 'reservation_cancelled', 'order_expired', 'dispute')),
        note text,
        status text NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'paid')),
        method text CHECK (method IN ('promptpay', 'transfer', 'cash')),
        reference text,
        paid_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz,
        CHECK ((status = 'due') = (paid_at IS NULL)),
        CHECK (status = 'due' OR (method IS NOT NULL AND reference IS NOT NULL))
      )`);
    await qr.query(`CREATE INDEX refunds_order ON refunds (order_id, created_at)`);

    await qr.query(`
      CREATE TABLE order_status_history (
        seq bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id),
        from_status text,
        to_status text NOT NULL,
        trigger text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`CREATE INDEX order_status_history_order ON order_status_history (order_id, seq)`);
  },

  async down(qr) {
    await qr.query('DROP TABLE order_status_history');
    await qr.query('DROP TABLE refunds');
    await qr.query('DROP TABLE payments');
    await qr.query(`DROP INDEX orders_handed_over`);
    await qr.query(`DROP INDEX orders_payment_deadline`);
    await qr.query(
      `CREATE INDEX orders_deposit_deadline ON orders (deposit_deadline) WHERE status = 'awaiting_deposit'`,
    );
    await qr.query(`DROP INDEX orders_completed_at`);
    await qr.query(`DROP INDEX orders_producer_batch`);
    await qr.query(`
      ALTER TABLE orders DROP CONSTRAINT orders_status_known, DROP CONSTRAINT orders_refund_within_paid,
        DROP COLUMN refunded_satang, DROP COLUMN status_changed_at, DROP COLUMN allocated_at, DROP COLUMN shipment,
        DROP COLUMN handed_over_at, DROP COLUMN completed_at`);
  },
});
