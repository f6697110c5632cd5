import { Controller } from '@nestjs/common';
import {
  CatalogSubjects,
  CreateProductCommand,
  GetProductSnapshotQuery,
  IdQuery,
  ListProductsQuery,
  UpdateProductCommand,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { ShareKitService } from '../share/share-kit.service.js';
import { ProductsService } from './products.service.js';

@Controller()
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly share: ShareKitService,
  ) {}

  @Rpc(CatalogSubjects.createProduct, CreateProductCommand)
  create({ caller, data }: RpcEnvelope<CreateProductCommand>) {
    return this.products.create(caller, data);
  }

  @Rpc(CatalogSubjects.updateProduct, UpdateProductCommand)
  update({ caller, data }: RpcEnvelope<UpdateProductCommand>) {
    return this.products.update(caller, data);
  }

  @Rpc(CatalogSubjects.getProduct, IdQuery)
  get({ data }: RpcEnvelope<IdQuery>) {
    return this.products.get(data.id);
  }

  @Rpc(CatalogSubjects.listProducts, ListProductsQuery)
  list({ data }: RpcEnvelope<ListProductsQuery>) {
    return this.products.list(data);
  }

  @Rpc(CatalogSubjects.getShareKit, IdQuery)
  shareKit({ data }: RpcEnvelope<IdQuery>) {
    return this.share.shareKit(data.id);
  }

  @Rpc(CatalogSubjects.getSharePoster, IdQuery)
  sharePoster({ data }: RpcEnvelope<IdQuery>) {
    return this.share.poster(data.id);
  }

  /** For harvest-preorder (batches) and order: the reply shape is ProductSnapshotV1, exactly. */
  @Rpc(CatalogSubjects.getProductSnapshot, GetProductSnapshotQuery)
  snapshot({ data }: RpcEnvelope<GetProductSnapshotQuery>) {
    return this.products.snapshot(data.productId);
  }
}
