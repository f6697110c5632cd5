import { Body, Controller, Headers, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogSubjects, CreateContentLinkCommand, ListContentLinksQuery } from '@app/contracts';
import { ContentLinkPageV1, ContentLinkV1 } from '@app/contracts';
import type { Page } from '@app/contracts';
import { Create, Read, RemoveNoContent } from '../http/endpoint.js';
import { CreatesByKey, idForKey } from '../http/idempotency-key.js';
import { Ctx, Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

/** The report's "links of published content". */
@ApiTags('content-links')
@Controller('content-links')
export class ContentLinksController {
  constructor(private readonly services: ServiceClient) {}

  @Create(undefined, {
    summary: 'Register a published post or clip (the same URL after normalising → 409 DUPLICATE)',
    returns: 'The content link (a retry with the same key: the same one)',
    type: ContentLinkV1,
  })
  @ApiBearerAuth()
  @CreatesByKey(
    'any unique string (e.g. a UUID) chosen per content link: a retry with the same key answers the same content link instead of creating a second one',
  )
  create(
    @Body() body: CreateContentLinkCommand,
    @Ctx() ctx: RequestContext,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.services.call<ContentLinkV1>(
      CatalogSubjects.createContentLink,
      { ...body, id: idForKey('content-link', ctx.caller!.userId, idempotencyKey) },
      ctx,
    );
  }

  @Public()
  @Read(undefined, {
    summary: 'Content links by LAO, product and period (from inclusive, to exclusive), newest first',
    type: ContentLinkPageV1,
  })
  list(@Query() query: ListContentLinksQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<ContentLinkV1>>(CatalogSubjects.listContentLinks, query, ctx);
  }

  @RemoveNoContent(':id', {
    summary: 'Remove a link (whoever added it, or an administrator of its LAO)',
    returns: 'Removed',
  })
  @ApiBearerAuth()
  async remove(@Param('id') id: string, @Ctx() ctx: RequestContext): Promise<void> {
    await this.services.call(CatalogSubjects.removeContentLink, { id }, ctx);
  }
}
