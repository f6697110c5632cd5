import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_PHOTOS_PER_PRODUCT, mediaPath, sniffImageType } from '@app/contracts';
import type { AddProductPhotoCommand, Caller, GetMediaQuery, MediaFileV1, ProductV1 } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { assertMayManageProducer } from '../access/catalog-access.policy.js';
import { toProductView } from '../products/product-view.js';
import { productsRepository } from '../products/products.repository.js';
import { ProductsService } from '../products/products.service.js';
import { MediaStore } from './media-store.js';

/** Photos of a product: stored once by content, appended to the product's media in upload order. */
@Injectable()
export class ProductPhotosService {
  constructor(
    private readonly ds: DataSource,
    private readonly products: ProductsService,
    private readonly store: MediaStore,
  ) {}

  async add(callerOrNull: Caller | null, cmd: AddProductPhotoCommand): Promise<ProductV1> {
    const caller = requireCaller(callerOrNull);
    const web = Buffer.from(cmd.webBase64, 'base64');
    const thumb = Buffer.from(cmd.thumbBase64, 'base64');
    // the gateway made these; anything else here is a bug or a forged message, never stored
    if (sniffImageType(web) !== 'image/webp' || sniffImageType(thumb) !== 'image/webp')
      throw DomainError.validation('photo', 'must be the WebP copies made by the gateway');
    const id = createHash('sha256').update(web).digest('hex');
    const url = mediaPath(id, 'web');
    return this.ds.transaction(async (em) => {
      const p = await this.products.load(em, cmd.productId, 'id', true);
      assertMayManageProducer(caller, { id: p.producerId, laoCode: p.laoCode, provinceCode: p.provinceCode });
      // the same photo again (a retried upload) is the photo already there
      if (p.media.some((m) => m.url === url)) return toProductView(p);
      if (p.media.filter((m) => m.type === 'photo').length >= MAX_PHOTOS_PER_PRODUCT) {
        throw DomainError.validation(
          'photo',
          `a product has at most ${MAX_PHOTOS_PER_PRODUCT} photos; remove one first`,
        );
      }
      await this.store.put(id, 'web', { contentType: 'image/webp', width: cmd.width, height: cmd.height, bytes: web });
      await this.store.put(id, 'thumb', {
        contentType: 'image/webp',
        width: cmd.width,
        height: cmd.height,
        bytes: thumb,
      });
      // after the last photo, before the clips: the first photo stays the share page's image
      const at = p.media.map((m) => m.type).lastIndexOf('photo') + 1;
      const media = [...p.media.slice(0, at), { type: 'photo' as const, url }, ...p.media.slice(at)];
      const { name, category, unit, priceSatang, description, story, seasonMonths, tags, contacts } = p;
      await productsRepository.update(em, p.id, {
        name,
        category,
        unit,
        priceSatang,
        description,
        story,
        seasonMonths,
        tags,
        contacts,
        media,
      });
      return toProductView((await productsRepository.find(em, p.id))!);
    });
  }

  async file(q: GetMediaQuery): Promise<MediaFileV1> {
    const f = await this.store.get(q.id, q.variant);
    if (!f) throw DomainError.notFound('Media', q.id, 'id');
    return { contentType: 'image/webp', dataBase64: f.bytes.toString('base64') };
  }
}
