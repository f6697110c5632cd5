import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogSubjects, CreateContentLinkCommand, IdQuery, ListContentLinksQuery } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ContentLinksService } from './content-links.service.js';

@Controller()
export class ContentLinksController {
  constructor(private readonly links: ContentLinksService) {}

  @MessagePattern(CatalogSubjects.createContentLink)
  create(@Payload(new EnvelopePipe(CreateContentLinkCommand)) { caller, data }: RpcEnvelope<CreateContentLinkCommand>) {
    return this.links.create(caller, data);
  }

  @MessagePattern(CatalogSubjects.listContentLinks)
  list(@Payload(new EnvelopePipe(ListContentLinksQuery)) { caller, data }: RpcEnvelope<ListContentLinksQuery>) {
    return this.links.list(caller, data);
  }

  @MessagePattern(CatalogSubjects.removeContentLink)
  async remove(@Payload(new EnvelopePipe(IdQuery)) { caller, data }: RpcEnvelope<IdQuery>) {
    await this.links.remove(caller, data.id);
    return { removed: data.id };
  }
}
