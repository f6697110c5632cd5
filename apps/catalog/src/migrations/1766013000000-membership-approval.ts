import { defineMigration } from '@app/persistence';

/**
 * A producer's kind and member count are approved by an administrator of its area (issue 13): proposals
 * the producer makes, and the history of every approved change (who, when, from what). The producer's
 * login (made or bound by the gateway) and its phone are kept so the report can flag sales to itself.
 * Existing producers get one history row with the values they have now ('migration').
 */
export const MembershipApproval1766013000000 = defineMigration('MembershipApproval1766013000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE producers ADD COLUMN login_user_id uuid, ADD COLUMN login_phone text`);
    await qr.query(`
      CREATE TABLE producer_membership_proposals (
        id uuid PRIMARY KEY,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('farmer', 'community_enterprise', 'entrepreneur')),
        member_count integer NOT NULL CHECK (member_count >= 1),
        current_kind text NOT NULL,
        current_member_count integer NOT NULL,
        note text,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
        proposed_by uuid NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid,
        decided_at timestamptz,
        reason text,
        CHECK (kind = 'community_enterprise' OR member_count = 1),
        CHECK (status <> 'rejected' OR reason IS NOT NULL))`);
    await qr.query(
      `CREATE UNIQUE INDEX producer_membership_proposals_one_pending ON producer_membership_proposals (producer_id) WHERE status = 'pending'`,
    );
    await qr.query(
      `CREATE INDEX producer_membership_proposals_status ON producer_membership_proposals (status, proposed_at)`,
    );
    await qr.query(`
      CREATE TABLE producer_membership_changes (
        id uuid PRIMARY KEY,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        kind text NOT NULL,
        member_count integer NOT NULL,
        previous_kind text,
        previous_member_count integer,
        source text NOT NULL CHECK (source IN ('registration', 'proposal', 'admin', 'migration')),
        proposal_id uuid REFERENCES producer_membership_proposals(id),
        reason text,
        changed_by uuid,
        changed_at timestamptz NOT NULL DEFAULT now())`);
    await qr.query(
      `CREATE INDEX producer_membership_changes_producer ON producer_membership_changes (producer_id, changed_at DESC)`,
    );
    await qr.query(`
      INSERT INTO producer_membership_changes (id, producer_id, kind, member_count, source, changed_by, changed_at)
      SELECT gen_random_uuid(), id, kind, member_count, 'migration', created_by, updated_at FROM producers`);
  },

  async down(qr) {
    await qr.query(`DROP TABLE producer_membership_changes`);
    await qr.query(`DROP TABLE producer_membership_proposals`);
    await qr.query(`ALTER TABLE producers DROP COLUMN login_user_id, DROP COLUMN login_phone`);
  },
});
