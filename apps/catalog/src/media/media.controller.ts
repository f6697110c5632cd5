import { Controller } from '@nestjs/common';
import { AddProductPhotoCommand, CatalogSubjects, GetMediaQuery } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { ProductPhotosService } from './product-photos.service.js';

@Controller()
export class MediaController {
  constructor(private readonly photos: ProductPhotosService) {}

  @Rpc(CatalogSubjects.addProductPhoto, AddProductPhotoCommand)
  add({ caller, data }: RpcEnvelope<AddProductPhotoCommand>) {
    return this.photos.add(caller, data);
  }

  @Rpc(CatalogSubjects.getMedia, GetMediaQuery)
  file({ data }: RpcEnvelope<GetMediaQuery>) {
    return this.photos.file(data);
  }
}
