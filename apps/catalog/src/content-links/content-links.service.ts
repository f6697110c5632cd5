import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { CatalogEvents } from '@app/contracts';
import type { Caller, ContentLinkV1, CreateContentLinkCommand, ListContentLinksQuery, Page } from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller } from '@app/messaging';
import { actsForProducer, administersArea } from '../access/catalog-access.policy.js';
import { placeOfLao } from '../geography/place.js';
import type { CatalogConfig } from '../config.js';
import { ProductsService } from '../products/products.service.js';
import { contentLinkKey, normalizeContentUrl } from './normalize-url.js';

interface LinkRow {
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

const SELECT = `
  SELECT c.id, c.url, c.platform, c.lao_code AS "laoCode", l.district_code AS "districtCode", l.province_code AS "provinceCode",
         c.product_id AS "productId", c.producer_id AS "producerId", c.published_at AS "publishedAt",
         c.created_by AS "createdBy", c.created_at AS "createdAt"
    FROM content_links c JOIN laos l ON l.code = c.lao_code`;

const toView = (r: LinkRow): ContentLinkV1 => ({ ...r, publishedAt: r.publishedAt.toISOString(), createdAt: r.createdAt.toISOString() });

/** Who added a link is a user id: shown to that user and the administrators of the link's area only. */
function viewFor(caller: Caller | null, r: LinkRow): ContentLinkV1 {
  const v = toView(r);
  if (!caller || (caller.userId !== r.createdBy && !administersArea(caller, r))) delete v.createdBy;
  return v;
}

/**
 * The report's "links of published content". LAO staff (or the area's province/DLA staff) register
 * links of their LAO; a producer login may register links of its own LAO and products. One URL once,
 * compared after normalising.
 */
@Injectable()
export class ContentLinksService {
  constructor(
    private readonly ds: DataSource,
    private readonly products: ProductsService,
    @Inject('CATALOG_CONFIG') private readonly config: CatalogConfig,
  ) {}

  /**
   * One LAO registers at most contentLinksPerLaoPerDay links per Bangkok day: the report's links are the
   * posts the LAO published, and a bound keeps a script from padding the figure. Counted under a lock on
   * the LAO (two replicas cannot both take the last place); a retry of a registered link is not counted.
   */
  private async withinDailyLimit(em: EntityManager, laoCode: string, id: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('content-links:' || $1))`, [laoCode]);
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM content_links
        WHERE lao_code = $1 AND id <> $2 AND created_at >= (date_trunc('day', now() AT TIME ZONE 'Asia/Bangkok') AT TIME ZONE 'Asia/Bangkok')`,
      [laoCode, id],
    );
    if (n >= this.config.contentLinksPerLaoPerDay) {
      throw new DomainError('RATE_LIMITED', `LAO ${laoCode} has registered ${n} content links today, the most a day allows; add more tomorrow`, [
        { field: 'laoCode', message: `at most ${this.config.contentLinksPerLaoPerDay} content links a day` },
      ]);
    }
  }

  async create(callerOrNull: Caller | null, cmd: CreateContentLinkCommand): Promise<ContentLinkV1> {
    const caller = requireCaller(callerOrNull);
    const url = normalizeContentUrl(cmd.url);
    const key = contentLinkKey(url);
    return this.ds.transaction(async (em) => {
      const place = await placeOfLao(em, cmd.laoCode);
      const product = cmd.productId ? await this.products.load(em, cmd.productId, 'productId') : null;
      if (product && product.laoCode !== cmd.laoCode) {
        throw DomainError.validation('productId', `product ${product.id} belongs to LAO ${product.laoCode}, not ${cmd.laoCode}`);
      }
      const producerMayAdd = actsForProducer(caller, product?.producerId ?? '') || (!product && caller.roles.includes('producer') && caller.laoCode === cmd.laoCode);
      if (!administersArea(caller, place) && !producerMayAdd) throw DomainError.forbidden(`You may not add content links for LAO ${cmd.laoCode}`);
      const id = cmd.id ?? randomUUID();
      await this.withinDailyLimit(em, cmd.laoCode, id);
      const inserted = await em.query(
        `INSERT INTO content_links (id, url, url_key, platform, lao_code, product_id, producer_id, published_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
        [id, url, key, cmd.platform, cmd.laoCode, product?.id ?? null, product?.producerId ?? null, new Date(cmd.publishedAt), caller.userId],
      );
      if (!inserted.length) {
        // the id is derived from the caller's Idempotency-Key: the same key and link again is a retry
        const [sameId] = await em.query(`SELECT url_key = $2 AS "sameLink" FROM content_links WHERE id = $1`, [id, key]);
        if (sameId?.sameLink) return toView((await em.query(`${SELECT} WHERE c.id = $1`, [id]))[0] as LinkRow);
        if (sameId) throw new DomainError('DUPLICATE', 'This Idempotency-Key was already used for another link', [{ field: 'Idempotency-Key', message: 'already used' }]);
        throw new DomainError('DUPLICATE', `This link is already registered (${url})`, [{ field: 'url', message: 'already registered' }]);
      }
      const [row]: LinkRow[] = await em.query(`${SELECT} WHERE c.id = $1`, [id]);
      await addToOutbox(
        em,
        newEvent(CatalogEvents.contentLinkPublished, 1, {
          contentLinkId: row.id,
          url: row.url,
          platform: row.platform,
          productId: row.productId,
          producerId: row.producerId,
          publishedAt: row.publishedAt.toISOString(),
          ...place,
        }),
      );
      return toView(row);
    });
  }

  async list(caller: Caller | null, q: ListContentLinksQuery): Promise<Page<ContentLinkV1>> {
    if (q.laoCode) await placeOfLao(this.ds.manager, q.laoCode);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => where.push(sql.replace('?', `$${params.push(v)}`));
    if (q.laoCode) add('c.lao_code = ?', q.laoCode);
    if (q.productId) add('c.product_id = ?', q.productId);
    if (q.from) add('c.published_at >= ?', new Date(q.from));
    if (q.to) add('c.published_at < ?', new Date(q.to));
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const rows: LinkRow[] = await this.ds.query(`${SELECT} ${filter} ORDER BY c.published_at DESC, c.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params);
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM content_links c ${filter}`, params);
    return { items: rows.map((r) => viewFor(caller, r)), total };
  }

  /** By whoever added it, or an administrator of its LAO's area. */
  async remove(callerOrNull: Caller | null, id: string): Promise<void> {
    const caller = requireCaller(callerOrNull);
    await this.ds.transaction(async (em) => {
      const [row]: LinkRow[] = await em.query(`${SELECT} WHERE c.id = $1 FOR UPDATE OF c`, [id]);
      if (!row) throw DomainError.notFound('Content link', id, 'id');
      if (row.createdBy !== caller.userId && !administersArea(caller, row)) throw DomainError.forbidden('Only whoever added this link or an administrator of its LAO may remove it');
      await em.query(`DELETE FROM content_links WHERE id = $1`, [id]);
      await addToOutbox(
        em,
        newEvent(CatalogEvents.contentLinkRemoved, 1, {
          contentLinkId: row.id,
          url: row.url,
          removedAt: new Date().toISOString(),
          laoCode: row.laoCode,
          districtCode: row.districtCode,
          provinceCode: row.provinceCode,
        }),
      );
    });
  }
}
