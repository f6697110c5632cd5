import { Controller } from '@nestjs/common';
import { CatalogSubjects, CreateContentLinkCommand, IdQuery, ListContentLinksQuery } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { ContentLinksService } from './content-links.service.js';

@Controller()
export class ContentLinksController {
  constructor(private readonly links: ContentLinksService) {}

  @Rpc(CatalogSubjects.createContentLink, CreateContentLinkCommand)
  create({ caller, data }: RpcEnvelope<CreateContentLinkCommand>) {
    return this.links.create(caller, data);
  }

  @Rpc(CatalogSubjects.listContentLinks, ListContentLinksQuery)
  list({ caller, data }: RpcEnvelope<ListContentLinksQuery>) {
    return this.links.list(caller, data);
  }

  @Rpc(CatalogSubjects.removeContentLink, IdQuery)
  async remove({ caller, data }: RpcEnvelope<IdQuery>) {
    await this.links.remove(caller, data.id);
    return { removed: data.id };
  }
}
