import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@app/messaging';

/**
 * PDPA erasure: when a consumer erased their account (the row stays, anonymised, so orders keep a
 * consumer id that now names nobody), and the gateway's outbox for identity.consumer_erased, written in
 * the same transaction as the anonymisation so every service hears of it exactly once.
 */
export class PersonalData1765300000003 implements MigrationInterface {
  name = 'PersonalData1765300000003';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz`);
    await createOutboxAndInbox(qr);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropOutboxAndInbox(qr);
    await qr.query(`ALTER TABLE users DROP COLUMN erased_at`);
  }
}
