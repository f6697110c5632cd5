import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import QRCode from 'qrcode';
import type { SharePosterV1, ShareKitV1 } from '@app/contracts';
import type { CatalogConfig } from '../config.js';
import { productContacts, toProductView } from '../products/product-view.js';
import { ProductsService } from '../products/products.service.js';
import { shareCaption } from './caption.js';
import { renderSharePoster, warmUpPosterFonts } from './share-poster.js';

/** What LAO staff paste into a Facebook or TikTok post: caption, hashtags, pre-order link and its QR code. */
@Injectable()
export class ShareKitService implements OnApplicationBootstrap {
  constructor(
    private readonly products: ProductsService,
    @Inject('CATALOG_CONFIG') private readonly config: CatalogConfig,
  ) {}

  onApplicationBootstrap(): void {
    void warmUpPosterFonts();
  }

  productUrl(productId: string): string {
    return `${this.config.publicBaseUrl}/products/${productId}`;
  }

  async shareKit(productId: string): Promise<ShareKitV1> {
    const row = await this.products.row(productId);
    const product = toProductView(row);
    const url = this.productUrl(product.id);
    return {
      caption: shareCaption({
        name: product.name,
        story: product.story,
        description: product.description,
        priceSatang: product.priceSatang,
        unit: product.unit,
        contacts: productContacts(row),
        url,
        hashtags: product.hashtags,
      }),
      hashtags: product.hashtags,
      url,
      qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    };
  }

  /** The printable A4 poster of the share kit: name, price, QR of the pre-order link, programme and LAO. */
  async poster(productId: string): Promise<SharePosterV1> {
    const product = toProductView(await this.products.row(productId));
    return { pngBase64: (await renderSharePoster(product, this.productUrl(product.id))).toString('base64') };
  }
}
