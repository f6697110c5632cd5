import { defineMigration } from '@app/persistence';

/**
 * Issue 14: every opened order wrote nine index entries. Two of those indexes no query needs:
 * - orders_payment_deadline (deposit_deadline, awaiting a payment): since BalanceDeadline1766100000000 the
 *   expiry sweep looks for the earliest deadline (orders_earliest_deadline); no query filters or sorts on
 *   deposit_deadline alone.
 * - orders_producer_batch (producer_id, batch_id): a batch is one producer's, so orders_batch (batch_id)
 *   finds exactly the same rows for `producer_id = $1 AND batch_id = $2` (the producer's list filtered by
 *   batch, toPrepare of one batch); the producer's other lists use orders_producer.
 * Query plans on 300k orders (2000 batches of 400 producers), with → without them: a producer's orders of
 * one batch (page, count, toPrepare) Index Scan on orders_producer_batch → BitmapAnd of orders_batch and
 * orders_producer (0.1–0.8 ms → 0.1–0.2 ms); every other query of the repositories keeps its plan (the
 * expiry sweep: orders_earliest_deadline; all orders of a batch: orders_batch; a producer's list:
 * orders_producer). Seven index entries per opened order instead of nine.
 */
export const OpeningIndexes1767300000000 = defineMigration('OpeningIndexes1767300000000', {
  async up(qr) {
    await qr.query(`DROP INDEX orders_payment_deadline`);
    await qr.query(`DROP INDEX orders_producer_batch`);
  },

  async down(qr) {
    await qr.query(`CREATE INDEX orders_producer_batch ON orders (producer_id, batch_id)`);
    await qr.query(
      `CREATE INDEX orders_payment_deadline ON orders (deposit_deadline) WHERE status IN ('awaiting_deposit', 'awaiting_balance')`,
    );
  },
});
