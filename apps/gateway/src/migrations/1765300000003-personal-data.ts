import { defineMigration } from '@app/persistence';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@app/messaging';

/**
 * PDPA erasure: when a consumer erased their account (the row stays, anonymised, so orders keep a
 * consumer id that now names nobody), and the gateway's outbox for identity.consumer_erased, written in
 * the same transaction as the anonymisation so every service hears of it exactly once.
 */
export const PersonalData1765300000003 = defineMigration('PersonalData1765300000003', {
  async up(qr) {
    await qr.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz`);
    await createOutboxAndInbox(qr);
  },

  async down(qr) {
    await dropOutboxAndInbox(qr);
    await qr.query(`ALTER TABLE users DROP COLUMN erased_at`);
  },
});
