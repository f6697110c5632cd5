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

/** The report's list of published content links (the read model's content_links, kept by catalog events). */
export const reportContentLinksRepository = {
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
