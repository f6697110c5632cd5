import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogSubjects, CreateLaoCommand, UpdateLaoFields } from '@app/contracts';
import { LaoV1 } from '@app/contracts';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

@ApiTags('geography')
@ApiBearerAuth()
@Roles('dla_admin')
@Controller('laos')
export class LaoAdminController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @ApiOperation({ summary: 'Add an LAO missing from the DLA list (dla_admin; an existing code → 409)' })
  @ApiCreatedResponse({ description: 'The new LAO', type: LaoV1 })
  create(@Body() body: CreateLaoCommand, @Ctx() ctx: RequestContext) {
    return this.services.call<LaoV1>(CatalogSubjects.createLao, body, ctx);
  }

  @Patch(':code')
  @ApiOperation({ summary: 'Correct an LAO (dla_admin); products’ hashtags follow at once' })
  @ApiOkResponse({ description: 'The corrected LAO', type: LaoV1 })
  update(@Param('code') code: string, @Body() body: UpdateLaoFields, @Ctx() ctx: RequestContext) {
    return this.services.call<LaoV1>(CatalogSubjects.updateLao, { ...body, code }, ctx);
  }
}
