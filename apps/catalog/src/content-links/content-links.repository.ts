import type { EntityManager } from 'typeorm';
import type { ContentLinkV1, ContentPlatform } from '@app/contracts';

/** A content link with its LAO's place as it is now. */
export interface LinkRow {
  id: string;
  url: string;
  platform: ContentLinkV1['platform'];
  laoCode: string;
  districtCode: string;
  provinceCode: string;
  productId: string | null;
  producerId: string | null;
  publishedAt: Date;
  createdBy: string;
  createdAt: Date;
}

export interface NewLink {
  id: string;
  /** normalised (normalize-url.ts) */
  url: string;
  /** the normalised URL's key: one link once */
  urlKey: string;
  platform: ContentPlatform;
  laoCode: string;
  productId: string | null;
  producerId: string | null;
  publishedAt: Date;
  createdBy: string;
}

export interface LinkFilters {
  laoCode?: string;
  productId?: string;
  from?: Date;
  to?: Date;
}

const SELECT = `
  SELECT c.id, c.url, c.platform, c.lao_code AS "laoCode", l.district_code AS "districtCode", l.province_code AS "provinceCode",
         c.product_id AS "productId", c.producer_id AS "producerId", c.published_at AS "publishedAt",
         c.created_by AS "createdBy", c.created_at AS "createdAt"
    FROM content_links c JOIN laos l ON l.code = c.lao_code`;

/** The only code that reads and writes `content_links`. */
export const contentLinksRepository = {
  /** Serializes the registrations of one LAO for the rest of the transaction (its daily count). */
  async lockLao(em: EntityManager, laoCode: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('content-links:' || $1))`, [laoCode]);
  },

  /** Links the LAO registered since Bangkok midnight, other than `exceptId` (a retry is not counted). */
  async countToday(em: EntityManager, laoCode: string, exceptId: string): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await em.query(
      `SELECT count(*)::int AS n FROM content_links
        WHERE lao_code = $1 AND id <> $2 AND created_at >= (date_trunc('day', now() AT TIME ZONE 'Asia/Bangkok') AT TIME ZONE 'Asia/Bangkok')`,
      [laoCode, exceptId],
    );
    return n;
  },

  /** false when the id or the link is taken (nothing written). */
  async insert(em: EntityManager, l: NewLink): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO content_links (id, url, url_key, platform, lao_code, product_id, producer_id, published_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
      [l.id, l.url, l.urlKey, l.platform, l.laoCode, l.productId, l.producerId, l.publishedAt, l.createdBy],
    );
    return inserted.length > 0;
  },

  /** Whether the link with this id has this URL key; null when no link has the id. */
  async hasUrlKey(em: EntityManager, id: string, urlKey: string): Promise<boolean | null> {
    const [sameId]: Array<{ sameLink: boolean }> = await em.query(
      `SELECT url_key = $2 AS "sameLink" FROM content_links WHERE id = $1`,
      [id, urlKey],
    );
    return sameId ? sameId.sameLink : null;
  },

  async find(em: EntityManager, id: string, lock = false): Promise<LinkRow | null> {
    const [row]: LinkRow[] = await em.query(`${SELECT} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
    return row ?? null;
  },

  /** Newest first, with the count of all that match. */
  async page(
    em: EntityManager,
    f: LinkFilters,
    page: number,
    pageSize: number,
  ): Promise<{ rows: LinkRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => where.push(sql.replace('?', `$${params.push(v)}`));
    if (f.laoCode) add('c.lao_code = ?', f.laoCode);
    if (f.productId) add('c.product_id = ?', f.productId);
    if (f.from) add('c.published_at >= ?', f.from);
    if (f.to) add('c.published_at < ?', f.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows: LinkRow[] = await em.query(
      `${SELECT} ${filter} ORDER BY c.published_at DESC, c.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }]: Array<{ total: number }> = await em.query(
      `SELECT count(*)::int AS total FROM content_links c ${filter}`,
      params,
    );
    return { rows, total };
  },

  async remove(em: EntityManager, id: string): Promise<void> {
    await em.query(`DELETE FROM content_links WHERE id = $1`, [id]);
  },
};
