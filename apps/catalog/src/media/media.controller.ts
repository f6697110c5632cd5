import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AddProductPhotoCommand, CatalogSubjects, GetMediaQuery } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ProductPhotosService } from './product-photos.service.js';

@Controller()
export class MediaController {
  constructor(private readonly photos: ProductPhotosService) {}

  @MessagePattern(CatalogSubjects.addProductPhoto)
  add(@Payload(new EnvelopePipe(AddProductPhotoCommand)) { caller, data }: RpcEnvelope<AddProductPhotoCommand>) {
    return this.photos.add(caller, data);
  }

  @MessagePattern(CatalogSubjects.getMedia)
  file(@Payload(new EnvelopePipe(GetMediaQuery)) { data }: RpcEnvelope<GetMediaQuery>) {
    return this.photos.file(data);
  }
}
