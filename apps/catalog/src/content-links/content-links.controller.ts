import { CatalogSubjects, CreateContentLinkCommand, IdQuery, ListContentLinksQuery } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { ContentLinksService } from './content-links.service.js';

export const ContentLinksController = rpcController(ContentLinksService, (on) => [
  on(CatalogSubjects.createContentLink, CreateContentLinkCommand, (links, caller, data) => links.create(caller, data)),
  on(CatalogSubjects.listContentLinks, ListContentLinksQuery, (links, caller, data) => links.list(caller, data)),
  on(CatalogSubjects.removeContentLink, IdQuery, async (links, caller, data) => {
    await links.remove(caller, data.id);
    return { removed: data.id };
  }),
]);
