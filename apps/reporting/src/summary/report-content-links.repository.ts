import type { EntityManager } from 'typeorm';
import type { ReportContentLinkV1 } from '@app/contracts';
import type { ReportArea } from './scope.policy.js';

interface ReportLinkRow {
  content_link_id: string;
  url: string;
  platform: ReportContentLinkV1['platform'];
  lao_code: string;
  display_name_th: string;
  district_code: string;
  province_code: string;
  published_at: Date;
}

/** A published content link as catalog.content-link.published gives it, with its Bangkok day. */
export interface ContentLinkRow {
  content_link_id: string;
  url: string;
  platform: string;
  lao_code: string;
  district_code: string;
  province_code: string;
  product_id: string | null;
  producer_id: string | null;
  published_at: string;
  day: string;
}

/** The read model's content_links, kept by catalog events, and the report's list of them. */
export const reportContentLinksRepository = {
  /** A publication; a removal that arrived before it (events of two relays can overtake each other) holds. */
  async publish(em: EntityManager, c: ContentLinkRow): Promise<void> {
    await em.query(
      `INSERT INTO content_links (content_link_id, url, platform, lao_code, district_code, province_code, product_id, producer_id, published_at, day)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (content_link_id) DO UPDATE SET url = EXCLUDED.url, platform = EXCLUDED.platform, lao_code = EXCLUDED.lao_code,
         district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code, product_id = EXCLUDED.product_id,
         producer_id = EXCLUDED.producer_id, published_at = EXCLUDED.published_at, day = EXCLUDED.day`,
      [
        c.content_link_id,
        c.url,
        c.platform,
        c.lao_code,
        c.district_code,
        c.province_code,
        c.product_id,
        c.producer_id,
        c.published_at,
        c.day,
      ],
    );
    await em.query(
      `UPDATE content_links c SET removed_at = r.removed_at FROM content_link_removals r WHERE r.content_link_id = c.content_link_id AND c.content_link_id = $1`,
      [c.content_link_id],
    );
  },

  /** A removal, kept in case the publication has not arrived yet. */
  async remove(em: EntityManager, contentLinkId: string, removedAt: string): Promise<void> {
    await em.query(`UPDATE content_links SET removed_at = $2 WHERE content_link_id = $1`, [contentLinkId, removedAt]);
    await em.query(
      `INSERT INTO content_link_removals (content_link_id, removed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [contentLinkId, removedAt],
    );
  },

  /** Links of an area published in [from, to] (Bangkok days) and not removed, by place then time. */
  async list(
    em: EntityManager,
    period: { from: string; to: string },
    area: ReportArea,
  ): Promise<ReportContentLinkV1[]> {
    const params: unknown[] = [period.from, period.to];
    const where = ['c.removed_at IS NULL', 'c.day BETWEEN $1::date AND $2::date'];
    if (area.provinceCode) where.push(`l.province_code = $${params.push(area.provinceCode)}`);
    if (area.districtCode) where.push(`l.district_code = $${params.push(area.districtCode)}`);
    if (area.laoCode) where.push(`l.code = $${params.push(area.laoCode)}`);
    if (area.producerId) where.push(`c.producer_id = $${params.push(area.producerId)}`);
    const rows: ReportLinkRow[] = await em.query(
      `SELECT c.content_link_id, c.url, c.platform, c.lao_code, l.display_name_th, l.district_code, l.province_code, c.published_at
       FROM content_links c JOIN laos l ON l.code = c.lao_code WHERE ${where.join(' AND ')}
       ORDER BY l.province_code, l.district_code, c.lao_code, c.published_at, c.content_link_id`,
      params,
    );
    return rows.map((r) => ({
      contentLinkId: r.content_link_id,
      url: r.url,
      platform: r.platform,
      laoCode: r.lao_code,
      laoNameTh: r.display_name_th,
      districtCode: r.district_code,
      provinceCode: r.province_code,
      publishedAt: new Date(r.published_at).toISOString(),
    }));
  },
};
