import type { EntityManager } from 'typeorm';

/** A producer as the read model keeps it (from catalog.producer.*): its place, and hashes of its own phones. */
export interface ProducerRow {
  producer_id: string;
  kind: string;
  name: string;
  member_count: number;
  lao_code: string;
  district_code: string;
  province_code: string;
  updated_at: string;
  login_user_id: string | null;
  phone_hashes: string[];
}

/** An approved membership (catalog.producer.membership-approved): from effective_at on, sales weigh its count. */
export interface MembershipRow {
  producer_id: string;
  effective_at: string;
  change_id: string;
  kind: string;
  member_count: number;
}

/** producers and their approved memberships (producer_memberships). */
export const producersRepository = {
  /** The newer state wins (updated_at); a login once known is kept when a later event does not carry it. */
  async upsert(em: EntityManager, p: ProducerRow): Promise<void> {
    await em.query(
      `INSERT INTO producers (producer_id, kind, name, member_count, lao_code, district_code, province_code, updated_at, login_user_id, phone_hashes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (producer_id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, member_count = EXCLUDED.member_count,
         lao_code = EXCLUDED.lao_code, district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code, updated_at = EXCLUDED.updated_at,
         login_user_id = COALESCE(EXCLUDED.login_user_id, producers.login_user_id), phone_hashes = EXCLUDED.phone_hashes
       WHERE producers.updated_at <= EXCLUDED.updated_at`,
      [
        p.producer_id,
        p.kind,
        p.name,
        p.member_count,
        p.lao_code,
        p.district_code,
        p.province_code,
        p.updated_at,
        p.login_user_id,
        p.phone_hashes,
      ],
    );
  },

  /** The producer and its memberships. */
  async remove(em: EntityManager, producerId: string): Promise<void> {
    await em.query(`DELETE FROM producers WHERE producer_id = $1`, [producerId]);
    await em.query(`DELETE FROM producer_memberships WHERE producer_id = $1`, [producerId]);
  },

  /** Once per change (a redelivered approval changes nothing). */
  async addMembership(em: EntityManager, m: MembershipRow): Promise<void> {
    await em.query(
      `INSERT INTO producer_memberships (producer_id, effective_at, change_id, kind, member_count) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [m.producer_id, m.effective_at, m.change_id, m.kind, m.member_count],
    );
  },
};
