import {
  CatalogSubjects,
  CreateProductCommand,
  GetProductSnapshotQuery,
  IdQuery,
  ListProductsQuery,
  UpdateProductCommand,
} from '@app/contracts';
import { rpcController } from '@app/messaging';
import { ShareKitService } from '../share/share-kit.service.js';
import { ProductsService } from './products.service.js';

export const ProductsController = rpcController(ProductsService, (on) => [
  on(CatalogSubjects.createProduct, CreateProductCommand, (products, caller, data) => products.create(caller, data)),
  on(CatalogSubjects.updateProduct, UpdateProductCommand, (products, caller, data) => products.update(caller, data)),
  on(CatalogSubjects.getProduct, IdQuery, (products, caller, data) => products.get(data.id)),
  on(CatalogSubjects.listProducts, ListProductsQuery, (products, caller, data) => products.list(data)),
  /** For harvest-preorder (batches) and order: the reply shape is ProductSnapshotV1, exactly. */
  on(CatalogSubjects.getProductSnapshot, GetProductSnapshotQuery, (products, caller, data) =>
    products.snapshot(data.productId),
  ),
]);

export const ShareKitController = rpcController(ShareKitService, (on) => [
  on(CatalogSubjects.getShareKit, IdQuery, (share, caller, data) => share.shareKit(data.id)),
  on(CatalogSubjects.getSharePoster, IdQuery, (share, caller, data) => share.poster(data.id)),
]);
