import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 (4): each batch says how long after its harvest an order has to pay its balance (72 h unless
 * the farmer sets another, 1..720). Existing batches take the default.
 */
export class BalanceDeadline1766100000000 implements MigrationInterface {
  name = 'BalanceDeadline1766100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      `ALTER TABLE batches ADD COLUMN balance_deadline_hours integer NOT NULL DEFAULT 72
         CONSTRAINT batches_balance_deadline_hours CHECK (balance_deadline_hours BETWEEN 1 AND 720)`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE batches DROP COLUMN balance_deadline_hours`);
  }
}
