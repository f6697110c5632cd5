import { defineMigration } from '@app/persistence';

export const Notifications1766000000000 = defineMigration('Notifications1766000000000', {
  async up(qr) {
    // what the service knows of each order, from the order service's events
    await qr.query(`
      CREATE TABLE orders_seen (
        order_id uuid PRIMARY KEY,
        consumer_id uuid NOT NULL,
        producer_id uuid NOT NULL,
        product_name text NOT NULL,
        unit text NOT NULL,
        status text NOT NULL,
        deposit_deadline timestamptz,
        amount_due_satang bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(
      `CREATE INDEX orders_seen_deposit_deadline ON orders_seen (deposit_deadline) WHERE status = 'awaiting_deposit'`,
    );
    // how to reach a user (the gateway sends the account's phone and e-mail; the user may set others)
    await qr.query(`
      CREATE TABLE recipients (
        user_id uuid PRIMARY KEY,
        producer_id uuid,
        language text NOT NULL DEFAULT 'th' CHECK (language IN ('th', 'en')),
        account_phone text,
        account_email text,
        phone text,
        email text,
        line_user_id text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`CREATE INDEX recipients_producer ON recipients (producer_id) WHERE producer_id IS NOT NULL`);
    await qr.query(`
      CREATE TABLE preferences (
        user_id uuid NOT NULL,
        kind text NOT NULL,
        channels text[] NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);
    // one row per (event, recipient, kind): the unique key is what makes a notification exactly once
    await qr.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        recipient text NOT NULL,
        kind text NOT NULL,
        order_id uuid,
        language text NOT NULL,
        title text,
        body text,
        link text,
        deadline timestamptz,
        status text NOT NULL CHECK (status IN ('shown', 'not_sent')),
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await qr.query(`CREATE INDEX notifications_recipient ON notifications (recipient, created_at DESC)`);
    await qr.query(`CREATE INDEX notifications_created ON notifications (created_at)`);
    // the delivery log: one row per notification and outside channel
    await qr.query(`
      CREATE TABLE deliveries (
        id bigserial PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('line', 'sms', 'email')),
        status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'merged')),
        attempts integer NOT NULL DEFAULT 0,
        not_before timestamptz NOT NULL,
        next_attempt_at timestamptz NOT NULL,
        sent_at timestamptz,
        answer text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (notification_id, channel)
      )`);
    await qr.query(`CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'queued'`);
    await qr.query(`
      CREATE TABLE line_link_states (
        state text PRIMARY KEY,
        user_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  },

  async down(qr) {
    for (const t of ['line_link_states', 'deliveries', 'notifications', 'preferences', 'recipients', 'orders_seen'])
      await qr.query(`DROP TABLE ${t}`);
  },
});
