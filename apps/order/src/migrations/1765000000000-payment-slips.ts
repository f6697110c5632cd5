import { defineMigration } from '@app/persistence';

/**
 * The consumers' bank slips, kept with their order and never public (the image is served only through the
 * order's access rules). A transaction reference is unique per sending bank across all orders: the same
 * slip shown for a second order is a known fraud, and the unique index decides between two concurrent
 * uploads. `status` is ready for the producer's confirm / reject (pending until then).
 */
export const PaymentSlips1765000000000 = defineMigration('PaymentSlips1765000000000', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE payment_slips (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id),
        consumer_id uuid NOT NULL,
        reference text NOT NULL,
        sending_bank text NOT NULL,
        image bytea NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/webp', 'image/jpeg')),
        sha256 text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
        reject_reason text,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid,
        decided_at timestamptz,
        CHECK ((status = 'rejected') = (reject_reason IS NOT NULL)),
        CONSTRAINT payment_slips_reference UNIQUE (sending_bank, reference)
      )`);
    await qr.query(`CREATE INDEX payment_slips_order ON payment_slips (order_id, uploaded_at)`);
  },

  async down(qr) {
    await qr.query('DROP TABLE payment_slips');
  },
});
