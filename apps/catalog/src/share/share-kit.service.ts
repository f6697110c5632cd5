import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import type { ShareKitV1 } from '@app/contracts';
import type { CatalogConfig } from '../config.js';
import { productContacts, toProductView } from '../products/product-view.js';
import { ProductsService } from '../products/products.service.js';
import { shareCaption } from './caption.js';

/** What LAO staff paste into a Facebook or TikTok post: caption, hashtags, pre-order link and its QR code. */
@Injectable()
export class ShareKitService {
  constructor(
    private readonly products: ProductsService,
    @Inject('CATALOG_CONFIG') private readonly config: CatalogConfig,
  ) {}

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
}
