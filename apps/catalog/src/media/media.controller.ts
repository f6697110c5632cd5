import { AddProductPhotoCommand, CatalogSubjects, GetMediaQuery } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { ProductPhotosService } from './product-photos.service.js';

export const MediaController = rpcController(ProductPhotosService, (on) => [
  on(CatalogSubjects.addProductPhoto, AddProductPhotoCommand, (photos, caller, data) => photos.add(caller, data)),
  on(CatalogSubjects.getMedia, GetMediaQuery, (photos, caller, data) => photos.file(data)),
]);
