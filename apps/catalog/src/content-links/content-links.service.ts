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
import { contentLinksRepository as repo } from './content-links.repository.js';
import type { LinkRow } from './content-links.repository.js';
import { contentLinkKey, normalizeContentUrl } from './normalize-url.js';

const toView = (r: LinkRow): ContentLinkV1 => ({
  ...r,
  publishedAt: r.publishedAt.toISOString(),
  createdAt: r.createdAt.toISOString(),
});

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
    await repo.lockLao(em, laoCode);
    const n = await repo.countToday(em, laoCode, id);
    if (n >= this.config.contentLinksPerLaoPerDay) {
      throw new DomainError(
        'RATE_LIMITED',
        `LAO ${laoCode} has registered ${n} content links today, the most a day allows; add more tomorrow`,
        [{ field: 'laoCode', message: `at most ${this.config.contentLinksPerLaoPerDay} content links a day` }],
      );
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
        throw DomainError.validation(
          'productId',
          `product ${product.id} belongs to LAO ${product.laoCode}, not ${cmd.laoCode}`,
        );
      }
      const producerMayAdd =
        actsForProducer(caller, product?.producerId ?? '') ||
        (!product && caller.roles.includes('producer') && caller.laoCode === cmd.laoCode);
      if (!administersArea(caller, place) && !producerMayAdd)
        throw DomainError.forbidden(`You may not add content links for LAO ${cmd.laoCode}`);
      const id = cmd.id ?? randomUUID();
      await this.withinDailyLimit(em, cmd.laoCode, id);
      const inserted = await repo.insert(em, {
        id,
        url,
        urlKey: key,
        platform: cmd.platform,
        laoCode: cmd.laoCode,
        productId: product?.id ?? null,
        producerId: product?.producerId ?? null,
        publishedAt: new Date(cmd.publishedAt),
        createdBy: caller.userId,
      });
      if (!inserted) {
        // the id is derived from the caller's Idempotency-Key: the same key and link again is a retry
        const sameLink = await repo.hasUrlKey(em, id, key);
        if (sameLink) return toView((await repo.find(em, id))!);
        if (sameLink !== null)
          throw new DomainError('DUPLICATE', 'This Idempotency-Key was already used for another link', [
            { field: 'Idempotency-Key', message: 'already used' },
          ]);
        throw new DomainError('DUPLICATE', `This link is already registered (${url})`, [
          { field: 'url', message: 'already registered' },
        ]);
      }
      const row = (await repo.find(em, id))!;
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
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const { rows, total } = await repo.page(
      this.ds.manager,
      {
        laoCode: q.laoCode,
        productId: q.productId,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      },
      page,
      pageSize,
    );
    return { items: rows.map((r) => viewFor(caller, r)), total };
  }

  /** By whoever added it, or an administrator of its LAO's area. */
  async remove(callerOrNull: Caller | null, id: string): Promise<void> {
    const caller = requireCaller(callerOrNull);
    await this.ds.transaction(async (em) => {
      const row = await repo.find(em, id, true);
      if (!row) throw DomainError.notFound('Content link', id, 'id');
      if (row.createdBy !== caller.userId && !administersArea(caller, row))
        throw DomainError.forbidden('Only whoever added this link or an administrator of its LAO may remove it');
      await repo.remove(em, id);
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
