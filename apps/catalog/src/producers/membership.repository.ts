import type { EntityManager } from 'typeorm';
import type {
  MembershipChangeSource,
  MembershipChangeV1,
  MembershipProposalStatus,
  MembershipProposalV1,
  ProducerKind,
} from '@app/contracts';

/** The only SQL on membership proposals and changes. */
const PROPOSAL = `
  SELECT m.id, m.producer_id, p.name AS producer_name, p.lao_code, m.kind, m.member_count, m.current_kind, m.current_member_count, m.note,
         m.status, m.proposed_by, m.proposed_at, m.decided_by, m.decided_at, m.reason
    FROM producer_membership_proposals m JOIN producers p ON p.id = m.producer_id JOIN laos l ON l.code = p.lao_code`;

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null);

function toProposal(r: Record<string, unknown>): MembershipProposalV1 {
  return {
    id: String(r.id),
    producerId: String(r.producer_id),
    producerName: String(r.producer_name),
    laoCode: String(r.lao_code),
    kind: r.kind as ProducerKind,
    memberCount: Number(r.member_count),
    currentKind: r.current_kind as ProducerKind,
    currentMemberCount: Number(r.current_member_count),
    note: (r.note as string) ?? null,
    status: r.status as MembershipProposalStatus,
    proposedBy: String(r.proposed_by),
    proposedAt: iso(r.proposed_at)!,
    decidedBy: (r.decided_by as string) ?? null,
    decidedAt: iso(r.decided_at),
    reason: (r.reason as string) ?? null,
  };
}

function toChange(r: Record<string, unknown>): MembershipChangeV1 {
  return {
    id: String(r.id),
    producerId: String(r.producer_id),
    kind: r.kind as ProducerKind,
    memberCount: Number(r.member_count),
    previousKind: (r.previous_kind as ProducerKind) ?? null,
    previousMemberCount: r.previous_member_count == null ? null : Number(r.previous_member_count),
    source: r.source as MembershipChangeSource,
    proposalId: (r.proposal_id as string) ?? null,
    reason: (r.reason as string) ?? null,
    changedBy: (r.changed_by as string) ?? null,
    changedAt: iso(r.changed_at)!,
  };
}

export interface ProposalFilter {
  producerId?: string;
  status?: MembershipProposalStatus;
  laoCode?: string;
  /** an administrator's area: its province or LAO (none: everywhere) */
  provinceCode?: string;
}

export interface NewChange {
  id: string;
  producerId: string;
  kind: ProducerKind;
  memberCount: number;
  previousKind: ProducerKind | null;
  previousMemberCount: number | null;
  source: MembershipChangeSource;
  proposalId: string | null;
  reason: string | null;
  changedBy: string;
  changedAt: Date;
}

export const membershipRepository = {
  async findProposal(em: EntityManager, id: string, lock = false): Promise<MembershipProposalV1 | null> {
    const rows = await em.query(`${PROPOSAL} WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`, [id]);
    return rows.length ? toProposal(rows[0]) : null;
  },

  async listProposals(
    em: EntityManager,
    f: ProposalFilter,
    page: number,
    pageSize: number,
  ): Promise<{ items: MembershipProposalV1[]; total: number }> {
    const params: unknown[] = [];
    const where = ['true'];
    if (f.producerId) where.push(`m.producer_id = $${params.push(f.producerId)}`);
    if (f.status) where.push(`m.status = $${params.push(f.status)}`);
    if (f.laoCode) where.push(`p.lao_code = $${params.push(f.laoCode)}`);
    if (f.provinceCode) where.push(`l.province_code = $${params.push(f.provinceCode)}`);
    const w = where.join(' AND ');
    const rows = await em.query(
      `${PROPOSAL} WHERE ${w} ORDER BY m.proposed_at DESC, m.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }] = await em.query(
      `SELECT count(*)::int AS total FROM producer_membership_proposals m JOIN producers p ON p.id = m.producer_id JOIN laos l ON l.code = p.lao_code WHERE ${w}`,
      params,
    );
    return { items: rows.map(toProposal), total };
  },

  /** Marks the producer's pending proposal superseded (a newer one replaces it). */
  async supersedePending(em: EntityManager, producerId: string, by: string): Promise<void> {
    await em.query(
      `UPDATE producer_membership_proposals SET status = 'superseded', decided_by = $2, decided_at = now() WHERE producer_id = $1 AND status = 'pending'`,
      [producerId, by],
    );
  },

  async insertProposal(
    em: EntityManager,
    p: {
      id: string;
      producerId: string;
      kind: ProducerKind;
      memberCount: number;
      currentKind: ProducerKind;
      currentMemberCount: number;
      note: string | null;
      proposedBy: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO producer_membership_proposals (id, producer_id, kind, member_count, current_kind, current_member_count, note, status, proposed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8)`,
      [p.id, p.producerId, p.kind, p.memberCount, p.currentKind, p.currentMemberCount, p.note, p.proposedBy],
    );
  },

  async decide(
    em: EntityManager,
    id: string,
    status: 'approved' | 'rejected',
    by: string,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    await em.query(
      `UPDATE producer_membership_proposals SET status = $2, decided_by = $3, reason = $4, decided_at = $5 WHERE id = $1`,
      [id, status, by, reason, at],
    );
  },

  async insertChange(em: EntityManager, c: NewChange): Promise<void> {
    await em.query(
      `INSERT INTO producer_membership_changes (id, producer_id, kind, member_count, previous_kind, previous_member_count, source, proposal_id, reason, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        c.id,
        c.producerId,
        c.kind,
        c.memberCount,
        c.previousKind,
        c.previousMemberCount,
        c.source,
        c.proposalId,
        c.reason,
        c.changedBy,
        c.changedAt,
      ],
    );
  },

  async history(
    em: EntityManager,
    producerId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: MembershipChangeV1[]; total: number }> {
    const rows = await em.query(
      `SELECT * FROM producer_membership_changes WHERE producer_id = $1 ORDER BY changed_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      [producerId],
    );
    const [{ total }] = await em.query(
      `SELECT count(*)::int AS total FROM producer_membership_changes WHERE producer_id = $1`,
      [producerId],
    );
    return { items: rows.map(toChange), total };
  },

  async setMembership(em: EntityManager, producerId: string, kind: ProducerKind, memberCount: number): Promise<void> {
    await em.query(`UPDATE producers SET kind = $2, member_count = $3, updated_at = now() WHERE id = $1`, [
      producerId,
      kind,
      memberCount,
    ]);
  },

  async linkLogin(em: EntityManager, producerId: string, userId: string, phone: string | null): Promise<void> {
    await em.query(
      `UPDATE producers SET login_user_id = $2, login_phone = COALESCE($3, login_phone), updated_at = now() WHERE id = $1`,
      [producerId, userId, phone],
    );
  },
};
