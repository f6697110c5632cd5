import { defineMigration } from '@app/persistence';

export const Orders1764200000001 = defineMigration('Orders1764200000001', {
  async up(qr) {
    // Place, producer and product fields are snapshots taken when the order opens: the report counts the
    // order where and by whom it was sold, even if the catalog changes later.
    await qr.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        reservation_id uuid UNIQUE,
        batch_id uuid NOT NULL,
        product_id uuid NOT NULL,
        product_name text NOT NULL,
        category text NOT NULL,
        unit text NOT NULL,
        producer_id uuid NOT NULL,
        producer_kind text NOT NULL,
        producer_member_count integer NOT NULL CHECK (producer_member_count >= 1),
        promptpay_id text NOT NULL,
        lao_code text NOT NULL,
        district_code text NOT NULL,
        province_code text NOT NULL,
        consumer_id uuid NOT NULL,
        requested_quantity integer NOT NULL CHECK (requested_quantity > 0),
        quantity integer NOT NULL CHECK (quantity >= 0),
        unit_price_satang bigint NOT NULL CHECK (unit_price_satang >= 0),
        goods_total_satang bigint NOT NULL CHECK (goods_total_satang >= 0),
        delivery_fee_satang bigint NOT NULL CHECK (delivery_fee_satang >= 0),
        deposit_percent integer NOT NULL CHECK (deposit_percent BETWEEN 0 AND 100),
        deposit_due_satang bigint NOT NULL CHECK (deposit_due_satang >= 0),
        paid_satang bigint NOT NULL DEFAULT 0 CHECK (paid_satang >= 0),
        fulfilment jsonb NOT NULL,
        status text NOT NULL,
        reserved_at timestamptz NOT NULL,
        deposit_deadline timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`CREATE INDEX orders_consumer ON orders (consumer_id, created_at DESC)`);
    await qr.query(`CREATE INDEX orders_producer ON orders (producer_id, created_at DESC)`);
    await qr.query(`CREATE INDEX orders_batch ON orders (batch_id)`);
    await qr.query(`CREATE INDEX orders_lao ON orders (lao_code, created_at DESC)`);
    await qr.query(
      `CREATE INDEX orders_deposit_deadline ON orders (deposit_deadline) WHERE status = 'awaiting_deposit'`,
    );
  },

  async down(qr) {
    await qr.query('DROP TABLE orders');
  },
});
