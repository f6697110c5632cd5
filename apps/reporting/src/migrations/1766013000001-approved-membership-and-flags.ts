import { defineMigration } from '@app/persistence';

/**
 * Issue 13. producer_memberships: the approved kind and member count of each producer from a time on
 * (catalog.producer.membership-approved); a sale weighs the membership in effect when it completed.
 * sale_parties: who bought (consumer id, a hash of a phone — never the phone) for the flags of sales that
 * look made up, kept apart from order_facts (the figures carry no consumer data). sale_exclusions: an
 * administrator's decision that a flagged sale does not count (who, why, when) — kept across rebuilds like
 * targets and submissions; order_facts.excluded mirrors it for the figures.
 */
export const ApprovedMembershipAndFlags1766013000001 = defineMigration('ApprovedMembershipAndFlags1766013000001', {
  async up(qr) {
    await qr.query(
      `ALTER TABLE producers ADD COLUMN login_user_id text COLLATE "C", ADD COLUMN phone_hashes text[] NOT NULL DEFAULT '{}'`,
    );
    await qr.query(`
      CREATE TABLE producer_memberships (
        producer_id text COLLATE "C" NOT NULL, effective_at timestamptz NOT NULL, change_id text COLLATE "C" NOT NULL,
        kind text COLLATE "C" NOT NULL, member_count integer NOT NULL,
        PRIMARY KEY (producer_id, effective_at, change_id))`);
    await qr.query(`ALTER TABLE order_facts ADD COLUMN excluded boolean NOT NULL DEFAULT false`);
    await qr.query(`DROP INDEX order_facts_day`);
    await qr.query(
      `CREATE INDEX order_facts_day ON order_facts (day, lao_code) INCLUDE (producer_id, member_count, fully_refunded, excluded, goods_satang, refunded_satang)`,
    );
    await qr.query(`
      CREATE TABLE sale_parties (
        order_id text COLLATE "C" PRIMARY KEY, day date NOT NULL, lao_code text COLLATE "C" NOT NULL, producer_id text COLLATE "C" NOT NULL,
        consumer_id text COLLATE "C" NOT NULL, consumer_phone_hash text COLLATE "C")`);
    await qr.query(
      `CREATE INDEX sale_parties_day ON sale_parties (day, lao_code) INCLUDE (producer_id, consumer_id, consumer_phone_hash)`,
    );
    await qr.query(`
      CREATE TABLE sale_exclusions (
        order_id text COLLATE "C" PRIMARY KEY, reason text NOT NULL, excluded_by text NOT NULL, excluded_at timestamptz NOT NULL,
        month date NOT NULL, adjusts_submission_ids text[] NOT NULL DEFAULT '{}')`);
  },

  async down(qr) {
    await qr.query(`DROP TABLE sale_exclusions`);
    await qr.query(`DROP TABLE sale_parties`);
    await qr.query(`DROP INDEX order_facts_day`);
    await qr.query(
      `CREATE INDEX order_facts_day ON order_facts (day, lao_code) INCLUDE (producer_id, member_count, fully_refunded, goods_satang, refunded_satang)`,
    );
    await qr.query(`ALTER TABLE order_facts DROP COLUMN excluded`);
    await qr.query(`DROP TABLE producer_memberships`);
    await qr.query(`ALTER TABLE producers DROP COLUMN login_user_id, DROP COLUMN phone_hashes`);
  },
});
