import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  Caller,
  CreateProductCommand,
  ListProductsQuery,
  Page,
  ProductSnapshotV1,
  ProductV1,
  UpdateProductCommand,
} from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { assertMayManageProducer } from '../access/catalog-access.policy.js';
import { placesRepository } from '../geography/places.repository.js';
import { placeOfLao } from '../geography/place.js';
import { ProducersService } from '../producers/producers.service.js';
import { toProductView, toSnapshot } from './product-view.js';
import { ProductContent, ProductRow, productsRepository as repo } from './products.repository.js';

@Injectable()
export class ProductsService {
  constructor(
    private readonly ds: DataSource,
    private readonly producers: ProducersService,
  ) {}

  /** A producer login for itself, or an administrator of the producer's area. */
  async create(callerOrNull: Caller | null, cmd: CreateProductCommand): Promise<ProductV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      const producer = await this.producers.load(em, cmd.producerId, false, 'producerId');
      assertMayManageProducer(caller, producer);
      const id = cmd.id ?? randomUUID();
      const inserted = await repo.insert(em, id, producer.id, {
        name: cmd.name,
        category: cmd.category,
        unit: cmd.unit,
        priceSatang: cmd.priceSatang,
        description: cmd.description ?? null,
        story: cmd.story ?? null,
        media: (cmd.media ?? []).map((m) => ({ type: m.type, url: m.url })),
        seasonMonths: [...new Set(cmd.seasonMonths ?? [])].sort((a, b) => a - b),
        tags: cmd.tags ?? [],
        contacts: cmd.contacts ? { ...cmd.contacts } : null,
      });
      const saved = (await repo.find(em, id))!;
      // the id is derived from the caller's Idempotency-Key: the same key again is a retry of this product
      if (!inserted && saved.producerId !== producer.id) {
        throw new DomainError('DUPLICATE', 'This Idempotency-Key was already used for a product of another producer', [
          { field: 'Idempotency-Key', message: 'already used' },
        ]);
      }
      return toProductView(saved);
    });
  }

  async update(callerOrNull: Caller | null, cmd: UpdateProductCommand): Promise<ProductV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      const p = await this.load(em, cmd.id, 'id', true);
      assertMayManageProducer(caller, { id: p.producerId, laoCode: p.laoCode, provinceCode: p.provinceCode });
      const next: ProductContent = {
        name: cmd.name ?? p.name,
        category: cmd.category ?? p.category,
        unit: cmd.unit ?? p.unit,
        priceSatang: cmd.priceSatang ?? p.priceSatang,
        // null clears an optional text; absent keeps it
        description: cmd.description !== undefined ? cmd.description : p.description,
        story: cmd.story !== undefined ? cmd.story : p.story,
        media: cmd.media ? cmd.media.map((m) => ({ type: m.type, url: m.url })) : p.media,
        seasonMonths: cmd.seasonMonths ? [...new Set(cmd.seasonMonths)].sort((a, b) => a - b) : p.seasonMonths,
        tags: cmd.tags ?? p.tags,
        contacts: cmd.contacts ? { ...cmd.contacts } : cmd.contacts === null ? null : p.contacts,
      };
      await repo.update(em, p.id, next);
      return toProductView((await repo.find(em, p.id))!);
    });
  }

  async get(id: string): Promise<ProductV1> {
    return toProductView(await this.load(this.ds.manager, id));
  }

  /** Public browse. An unknown place code is a 404 naming it, not an empty page; unknown ids are just absent. */
  async list(q: ListProductsQuery): Promise<Page<ProductV1>> {
    const em = this.ds.manager;
    if (q.laoCode) await placeOfLao(em, q.laoCode);
    if (q.districtCode && !(await placesRepository.districtExists(em, q.districtCode))) {
      throw DomainError.notFound('District', q.districtCode, 'districtCode');
    }
    if (q.provinceCode && !(await placesRepository.provinceExists(em, q.provinceCode))) {
      throw DomainError.notFound('Province', q.provinceCode, 'provinceCode');
    }
    // a list of ids fits one page unless the caller pages it
    const pageSize = q.pageSize ?? (q.ids ? new Set(q.ids).size : undefined);
    const { rows, total } = await repo.search(em, { ...q, pageSize });
    return { items: rows.map(toProductView), total };
  }

  /** What a harvest batch or an order needs to know of a product (ProductSnapshotV1, kept exactly). */
  async snapshot(productId: string): Promise<ProductSnapshotV1> {
    return toSnapshot(await this.load(this.ds.manager, productId, 'productId'));
  }

  /** The product with its producer and current place (share kit, reviews). */
  row(id: string, field = 'id'): Promise<ProductRow> {
    return this.load(this.ds.manager, id, field);
  }

  async load(em: EntityManager, id: string, field = 'id', lock = false): Promise<ProductRow> {
    const p = await repo.find(em, id, lock);
    if (!p) throw DomainError.notFound('Product', id, field);
    return p;
  }
}
