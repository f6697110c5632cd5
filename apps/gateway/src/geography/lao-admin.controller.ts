import { Body, Controller, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogSubjects, CreateLaoCommand, UpdateLaoFields } from '@app/contracts';
import { LaoV1 } from '@app/contracts';
import { Change, Create } from '../http/endpoint.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

@ApiTags('geography')
@ApiBearerAuth()
@Roles('dla_admin')
@Controller('laos')
export class LaoAdminController {
  constructor(private readonly services: ServiceClient) {}

  @Create(undefined, {
    summary: 'Add an LAO missing from the DLA list (dla_admin; an existing code → 409)',
    returns: 'The new LAO',
    type: LaoV1,
  })
  create(@Body() body: CreateLaoCommand, @Ctx() ctx: RequestContext) {
    return this.services.call<LaoV1>(CatalogSubjects.createLao, body, ctx);
  }

  @Change(':code', {
    summary: 'Correct an LAO (dla_admin); products’ hashtags follow at once',
    returns: 'The corrected LAO',
    type: LaoV1,
  })
  update(@Param('code') code: string, @Body() body: UpdateLaoFields, @Ctx() ctx: RequestContext) {
    return this.services.call<LaoV1>(CatalogSubjects.updateLao, { ...body, code }, ctx);
  }
}
