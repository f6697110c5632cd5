import { defineMigration } from '@app/persistence';

/**
 * Issue 13 (4): each batch says how long after its harvest an order has to pay its balance (72 h unless
 * the farmer sets another, 1..720). Existing batches take the default.
 */
export const BalanceDeadline1766100000000 = defineMigration('BalanceDeadline1766100000000', {
  async up(qr) {
    await qr.query(
      `ALTER TABLE batches ADD COLUMN balance_deadline_hours integer NOT NULL DEFAULT 72
         CONSTRAINT batches_balance_deadline_hours CHECK (balance_deadline_hours BETWEEN 1 AND 720)`,
    );
  },

  async down(qr) {
    await qr.query(`ALTER TABLE batches DROP COLUMN balance_deadline_hours`);
  },
});
