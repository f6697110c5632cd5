import { Body, Controller, Headers, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CatalogSubjects,
  CreateProductCommand,
  ListProductsQuery,
  PageQuery,
  ReviewFields,
  UpdateProductFields,
} from '@app/contracts';
import { ProductPageV1, ProductV1, ReviewPageV1, ReviewV1, ShareKitV1 } from '@app/contracts';
import type { Page } from '@app/contracts';
import { Change, Create, Read } from '../http/endpoint.js';
import { CreatesByKey, idForKey } from '../http/idempotency-key.js';
import { Ctx, Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

/** Products are public to read: a visitor arrives from a post with no account. */
@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly services: ServiceClient) {}

  @Create(undefined, {
    summary: 'Create a product (its producer, or an administrator of the producer’s area); 201 with its hashtags',
    returns: 'The product with its hashtags (a retry with the same key: the same one)',
    type: ProductV1,
  })
  @ApiBearerAuth()
  @CreatesByKey(
    'any unique string (e.g. a UUID) chosen per product: a retry with the same key answers the same product instead of creating a second one',
  )
  create(
    @Body() body: CreateProductCommand,
    @Ctx() ctx: RequestContext,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.services.call<ProductV1>(
      CatalogSubjects.createProduct,
      { ...body, id: idForKey('product', ctx.caller!.userId, idempotencyKey) },
      ctx,
    );
  }

  @Change(':id', {
    summary: 'Change a product (its producer, or an administrator of the producer’s area)',
    type: ProductV1,
  })
  @ApiBearerAuth()
  update(@Param('id') id: string, @Body() body: UpdateProductFields, @Ctx() ctx: RequestContext) {
    return this.services.call<ProductV1>(CatalogSubjects.updateProduct, { ...body, id }, ctx);
  }

  @Public()
  @Read(undefined, {
    summary:
      'Browse and search (substring match on Thai text), in Thai order; unknown place code → 404; ?ids=<uuid>,<uuid>… (≤ 100) for given products (unknown ids left out)',
    type: ProductPageV1,
  })
  list(@Query() query: ListProductsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<ProductV1>>(CatalogSubjects.listProducts, query, ctx);
  }

  @Public()
  @Read(':id', { summary: 'One product with its story, media, contacts, hashtags and rating', type: ProductV1 })
  get(@Param('id') id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<ProductV1>(CatalogSubjects.getProduct, { id }, ctx);
  }

  @Public()
  @Read(':id/share', {
    summary: 'Share kit: a Thai caption ready to paste, the hashtags, the pre-order link and its QR code (SVG)',
    type: ShareKitV1,
  })
  share(@Param('id') id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<ShareKitV1>(CatalogSubjects.getShareKit, { id }, ctx);
  }

  @Create(':id/reviews', {
    summary: 'Review a product: only the consumer of a completed order containing it, once per order (409 again)',
    type: ReviewV1,
  })
  @ApiBearerAuth()
  review(@Param('id') id: string, @Body() body: ReviewFields, @Ctx() ctx: RequestContext) {
    return this.services.call<ReviewV1>(CatalogSubjects.createReview, { ...body, productId: id }, ctx);
  }

  @Public()
  @Read(':id/reviews', { summary: 'Reviews of a product, newest first', type: ReviewPageV1 })
  reviews(@Param('id') id: string, @Query() query: PageQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<ReviewV1>>(CatalogSubjects.listReviews, { ...query, productId: id }, ctx);
  }
}
