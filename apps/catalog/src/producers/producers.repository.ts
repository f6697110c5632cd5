import type { EntityManager } from 'typeorm';
import type { ContactsV1, ProducerKind } from '@app/contracts';

export interface ProducerRow {
  id: string;
  kind: ProducerKind;
  name: string;
  laoCode: string;
  districtCode: string;
  provinceCode: string;
  memberCount: number;
  contacts: ContactsV1;
  publishContacts: boolean;
  promptPayId: string;
  createdBy: string | null;
  loginUserId: string | null;
  loginPhone: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const SELECT = `
  SELECT p.id, p.kind, p.name, p.lao_code AS "laoCode", l.district_code AS "districtCode", l.province_code AS "provinceCode",
         p.member_count AS "memberCount", p.contacts, p.publish_contacts AS "publishContacts", p.prompt_pay_id AS "promptPayId",
         p.created_by AS "createdBy", p.login_user_id AS "loginUserId", p.login_phone AS "loginPhone", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
    FROM producers p JOIN laos l ON l.code = p.lao_code`;

export interface NewProducer {
  id: string;
  kind: ProducerKind;
  name: string;
  laoCode: string;
  memberCount: number;
  contacts: ContactsV1;
  publishContacts: boolean;
  promptPayId: string;
  createdBy: string;
}

/** The only SQL on producers. Its place is read through its LAO, so it follows LAO corrections. */
export const producersRepository = {
  async find(em: EntityManager, id: string, lock = false): Promise<ProducerRow | null> {
    const rows = await em.query(`${SELECT} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [id]);
    return rows[0] ?? null;
  },

  async list(
    em: EntityManager,
    laoCode: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: ProducerRow[]; total: number }> {
    const where = laoCode ? 'WHERE p.lao_code = $1' : '';
    const params = laoCode ? [laoCode] : [];
    const rows = await em.query(
      `${SELECT} ${where} ORDER BY p.name COLLATE "th-x-icu", p.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM producers p ${where}`, params);
    return { rows, total };
  },

  /** false when the id is taken */
  async insert(em: EntityManager, p: NewProducer): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO producers (id, kind, name, lao_code, member_count, contacts, publish_contacts, prompt_pay_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        p.id,
        p.kind,
        p.name,
        p.laoCode,
        p.memberCount,
        JSON.stringify(p.contacts),
        p.publishContacts,
        p.promptPayId,
        p.createdBy,
      ],
    );
    return rows.length === 1;
  },

  /** Whether products or content links refer to the producer. */
  async inUse(em: EntityManager, id: string): Promise<boolean> {
    const [{ used }] = await em.query(
      `SELECT EXISTS (SELECT 1 FROM products WHERE producer_id = $1) OR EXISTS (SELECT 1 FROM content_links WHERE producer_id = $1) AS used`,
      [id],
    );
    return used;
  },

  async remove(em: EntityManager, id: string): Promise<void> {
    await em.query(`DELETE FROM producers WHERE id = $1`, [id]);
  },

  async update(em: EntityManager, p: Omit<NewProducer, 'createdBy'>): Promise<void> {
    await em.query(
      `UPDATE producers SET kind = $2, name = $3, lao_code = $4, member_count = $5, contacts = $6::jsonb, publish_contacts = $7,
              prompt_pay_id = $8, updated_at = now() WHERE id = $1`,
      [p.id, p.kind, p.name, p.laoCode, p.memberCount, JSON.stringify(p.contacts), p.publishContacts, p.promptPayId],
    );
  },
};
