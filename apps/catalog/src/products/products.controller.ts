import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CatalogSubjects,
  CreateProductCommand,
  GetProductSnapshotQuery,
  IdQuery,
  ListProductsQuery,
  UpdateProductCommand,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ShareKitService } from '../share/share-kit.service.js';
import { ProductsService } from './products.service.js';

@Controller()
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly share: ShareKitService,
  ) {}

  @MessagePattern(CatalogSubjects.createProduct)
  create(@Payload(new EnvelopePipe(CreateProductCommand)) { caller, data }: RpcEnvelope<CreateProductCommand>) {
    return this.products.create(caller, data);
  }

  @MessagePattern(CatalogSubjects.updateProduct)
  update(@Payload(new EnvelopePipe(UpdateProductCommand)) { caller, data }: RpcEnvelope<UpdateProductCommand>) {
    return this.products.update(caller, data);
  }

  @MessagePattern(CatalogSubjects.getProduct)
  get(@Payload(new EnvelopePipe(IdQuery)) { data }: RpcEnvelope<IdQuery>) {
    return this.products.get(data.id);
  }

  @MessagePattern(CatalogSubjects.listProducts)
  list(@Payload(new EnvelopePipe(ListProductsQuery)) { data }: RpcEnvelope<ListProductsQuery>) {
    return this.products.list(data);
  }

  @MessagePattern(CatalogSubjects.getShareKit)
  shareKit(@Payload(new EnvelopePipe(IdQuery)) { data }: RpcEnvelope<IdQuery>) {
    return this.share.shareKit(data.id);
  }

  @MessagePattern(CatalogSubjects.getSharePoster)
  sharePoster(@Payload(new EnvelopePipe(IdQuery)) { data }: RpcEnvelope<IdQuery>) {
    return this.share.poster(data.id);
  }

  /** For harvest-preorder (batches) and order: the reply shape is ProductSnapshotV1, exactly. */
  @MessagePattern(CatalogSubjects.getProductSnapshot)
  snapshot(@Payload(new EnvelopePipe(GetProductSnapshotQuery)) { data }: RpcEnvelope<GetProductSnapshotQuery>) {
    return this.products.snapshot(data.productId);
  }
}
