import { defineMigration } from '@app/persistence';

/**
 * Issue 13 (4): after the harvest, an order awaiting its balance has a balance deadline (the harvest's time
 * plus its batch's balanceDeadlineHours, given by preorder.reservation.allocated v2). The expiry sweep looks
 * for orders whose earliest deadline passed: one partial index on that earliest deadline serves both clocks.
 */
export const BalanceDeadline1766100000000 = defineMigration('BalanceDeadline1766100000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE orders ADD COLUMN balance_deadline timestamptz`);
    await qr.query(
      `CREATE INDEX orders_earliest_deadline ON orders ((least(deposit_deadline, balance_deadline))) WHERE status IN ('awaiting_deposit', 'awaiting_balance')`,
    );
  },

  async down(qr) {
    await qr.query(`DROP INDEX orders_earliest_deadline`);
    await qr.query(`ALTER TABLE orders DROP COLUMN balance_deadline`);
  },
});
