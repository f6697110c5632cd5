import { defineMigration } from '@app/persistence';

/**
 * What the batch sweeper has told of each batch (preorder.batch.opened / .sold_out once each, and the
 * waitlist up to which arrival `seq`), kept apart from `batches` so telling never locks a row the live
 * sale's reserve_group locks. Batches that exist already count as told: their history is not news.
 */
export const BatchNotices1767100000001 = defineMigration('BatchNotices1767100000001', {
  async up(qr) {
    await qr.query(
      `CREATE TABLE batch_notices (batch_id uuid NOT NULL, kind text NOT NULL CHECK (kind IN ('opened', 'sold_out')), told_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (batch_id, kind))`,
    );
    await qr.query(`CREATE TABLE waitlist_notices (batch_id uuid PRIMARY KEY, told_seq bigint NOT NULL)`);
    await qr.query(
      `INSERT INTO batch_notices (batch_id, kind) SELECT id, 'opened' FROM batches WHERE status <> 'draft'`,
    );
    await qr.query(
      `INSERT INTO batch_notices (batch_id, kind) SELECT id, 'sold_out' FROM batches WHERE reserved >= reservable_quantity`,
    );
    await qr.query(
      `INSERT INTO waitlist_notices (batch_id, told_seq) SELECT batch_id, max(seq) FROM reservations WHERE status = 'waitlisted' GROUP BY batch_id`,
    );
  },

  async down(qr) {
    await qr.query(`DROP TABLE waitlist_notices`);
    await qr.query(`DROP TABLE batch_notices`);
  },
});
