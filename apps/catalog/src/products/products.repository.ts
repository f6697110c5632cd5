import type { EntityManager } from 'typeorm';
import type {
  ContactsV1,
  ListProductsQuery,
  MediaType,
  ProducerKind,
  ProductCategory,
  ProductUnit,
} from '@app/contracts';
import { THAI_ORDER } from '../geography/geography.service.js';

/** A product (its content) with its producer and its place as they are now (the place is the producer's LAO). */
export interface ProductRow extends ProductContent {
  id: string;
  producerId: string;
  producerName: string;
  producerKind: ProducerKind;
  producerMemberCount: number;
  producerContacts: ContactsV1;
  publishContacts: boolean;
  promptPayId: string;
  ratingCount: number;
  ratingTotal: number;
  laoCode: string;
  laoDisplayNameTh: string;
  districtCode: string;
  districtNameTh: string;
  provinceCode: string;
  provinceNameTh: string;
  createdAt: Date;
  updatedAt: Date;
}

const FROM = `
    FROM products p
    JOIN producers pr ON pr.id = p.producer_id
    JOIN laos l ON l.code = pr.lao_code
    JOIN districts d ON d.code = l.district_code
    JOIN provinces pv ON pv.code = l.province_code`;

const SELECT = `
  SELECT p.id, p.producer_id AS "producerId", pr.name AS "producerName", pr.kind AS "producerKind",
         pr.member_count AS "producerMemberCount", pr.contacts AS "producerContacts", pr.publish_contacts AS "publishContacts",
         pr.prompt_pay_id AS "promptPayId", p.name, p.category, p.unit, p.price_satang AS "priceSatang", p.description, p.story,
         p.media, p.season_months AS "seasonMonths", p.tags, p.contacts, p.rating_count AS "ratingCount", p.rating_total AS "ratingTotal",
         l.code AS "laoCode", l.display_name_th AS "laoDisplayNameTh", d.code AS "districtCode", d.name_th AS "districtNameTh",
         pv.code AS "provinceCode", pv.name_th AS "provinceNameTh", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
  ${FROM}`;

export interface ProductContent {
  name: string;
  category: ProductCategory;
  unit: ProductUnit;
  priceSatang: number;
  description: string | null;
  story: string | null;
  media: Array<{ type: MediaType; url: string }>;
  seasonMonths: number[];
  tags: string[];
  contacts: ContactsV1 | null;
}

/** LIKE pattern for a literal substring (Thai has no word breaks: search is substring search). */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const values = (c: ProductContent) => [
  c.name,
  c.category,
  c.unit,
  c.priceSatang,
  c.description,
  c.story,
  JSON.stringify(c.media),
  c.seasonMonths,
  c.tags,
  c.contacts ? JSON.stringify(c.contacts) : null,
];

/** The only SQL on products. */
export const productsRepository = {
  async find(em: EntityManager, id: string, lock = false): Promise<ProductRow | null> {
    const rows = await em.query(`${SELECT} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [id]);
    return rows[0] ?? null;
  },

  /** false when a product with this id exists already (a retried creation). */
  async insert(em: EntityManager, id: string, producerId: string, c: ProductContent): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO products (id, producer_id, name, category, unit, price_satang, description, story, media, season_months, tags, contacts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::smallint[], $11::text[], $12::jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, producerId, ...values(c)],
    );
    return rows.length > 0;
  },

  async update(em: EntityManager, id: string, c: ProductContent): Promise<void> {
    await em.query(
      `UPDATE products SET name = $2, category = $3, unit = $4, price_satang = $5, description = $6, story = $7, media = $8::jsonb,
              season_months = $9::smallint[], tags = $10::text[], contacts = $11::jsonb, updated_at = now() WHERE id = $1`,
      [id, ...values(c)],
    );
  },

  async addRating(em: EntityManager, id: string, rating: number): Promise<void> {
    await em.query(
      `UPDATE products SET rating_count = rating_count + 1, rating_total = rating_total + $2 WHERE id = $1`,
      [id, rating],
    );
  },

  /** Browse: filters on the current place, substring search, Thai alphabetical order. */
  async search(em: EntityManager, q: ListProductsQuery): Promise<{ rows: ProductRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => where.push(sql.replace('?', `$${params.push(v)}`));
    if (q.q?.trim()) add(`p.search_text ILIKE ?`, containsPattern(q.q.trim()));
    if (q.provinceCode) add(`l.province_code = ?`, q.provinceCode);
    if (q.districtCode) add(`l.district_code = ?`, q.districtCode);
    if (q.laoCode) add(`l.code = ?`, q.laoCode);
    if (q.category) add(`p.category = ?`, q.category);
    if (q.producerId) add(`p.producer_id = ?`, q.producerId);
    if (q.ids) add(`p.id = ANY(?::uuid[])`, q.ids);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const rows = await em.query(
      `${SELECT} ${filter} ORDER BY p.name ${THAI_ORDER}, p.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }] = await em.query(`SELECT count(*)::int AS total ${FROM} ${filter}`, params);
    return { rows, total };
  },
};
