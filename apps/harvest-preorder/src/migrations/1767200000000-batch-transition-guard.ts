import { defineMigration } from '@app/persistence';
import { BATCH_TRANSITION_ALLOWED_SQL } from './sql/1767200000000-batch-transition-allowed.sql.js';

/**
 * Issue 17 (rules once): the batch lifecycle table guards every status write in the database, whoever writes
 * it. The trigger runs only when the status really changes (WHEN), so the live sale's counter updates, which
 * keep the status, never call it.
 */
export const BatchTransitionGuard1767200000000 = defineMigration('BatchTransitionGuard1767200000000', {
  async up(qr) {
    await qr.query(BATCH_TRANSITION_ALLOWED_SQL);
    await qr.query(`CREATE TRIGGER batches_transition_allowed BEFORE UPDATE OF status ON batches FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION batch_transition_allowed()`);
  },

  async down(qr) {
    await qr.query(`DROP TRIGGER batches_transition_allowed ON batches`);
    await qr.query(`DROP FUNCTION batch_transition_allowed()`);
  },
});
