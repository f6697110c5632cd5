import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogSubjects, ListLaosQuery } from '@app/contracts';
import type { DistrictV1, LaoV1, Page, ProvinceV1, SubdistrictV1 } from '@app/contracts';
import { Ctx, Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { DISTRICTS_SCHEMA, LAO_PAGE_SCHEMA, LAO_SCHEMA, PROVINCES_SCHEMA, SUBDISTRICTS_SCHEMA } from './geography-schemas.js';

const toProvince = (p: ProvinceV1) => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn });
const toDistrict = (d: DistrictV1) => ({ code: d.code, nameTh: d.nameTh, nameEn: d.nameEn, postalCode: d.postalCode });
const toSubdistrict = (s: SubdistrictV1) => ({ code: s.code, nameTh: s.nameTh, nameEn: s.nameEn, postalCode: s.postalCode });

@ApiTags('geography')
@Public()
@Controller()
export class GeographyController {
  constructor(private readonly services: ServiceClient) {}

  @Get('provinces')
  @ApiOperation({ summary: 'All 77 provinces, in Thai order' })
  @ApiOkResponse({ schema: PROVINCES_SCHEMA })
  async provinces(@Ctx() ctx: RequestContext) {
    return (await this.services.call<ProvinceV1[]>(CatalogSubjects.listProvinces, {}, ctx)).map(toProvince);
  }

  @Get('provinces/:code/districts')
  @ApiOperation({ summary: "A province's districts (unknown province → 404)" })
  @ApiOkResponse({ schema: DISTRICTS_SCHEMA })
  async districts(@Param('code') code: string, @Ctx() ctx: RequestContext) {
    return (await this.services.call<DistrictV1[]>(CatalogSubjects.listDistricts, { provinceCode: code }, ctx)).map(toDistrict);
  }

  @Get('districts/:code/subdistricts')
  @ApiOperation({
    summary: "A district's subdistricts with their postcodes, in Thai order: one row per (subdistrict, postcode); unknown district → 404, malformed code → 400",
  })
  @ApiOkResponse({ schema: SUBDISTRICTS_SCHEMA })
  async subdistricts(@Param('code') code: string, @Ctx() ctx: RequestContext) {
    return (await this.services.call<SubdistrictV1[]>(CatalogSubjects.listSubdistricts, { code }, ctx)).map(toSubdistrict);
  }

  @Get('laos')
  @ApiOperation({ summary: 'Local administrative organisations, filtered and paged (pageSize ≤ 100)' })
  @ApiOkResponse({ schema: LAO_PAGE_SCHEMA })
  laos(@Query() query: ListLaosQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<LaoV1>>(CatalogSubjects.listLaos, query, ctx);
  }

  @Get('laos/:code')
  @ApiOperation({ summary: 'One LAO by its 7-digit DLA code' })
  @ApiOkResponse({ schema: LAO_SCHEMA })
  lao(@Param('code') code: string, @Ctx() ctx: RequestContext) {
    return this.services.call<LaoV1>(CatalogSubjects.getLao, { code }, ctx);
  }
}
