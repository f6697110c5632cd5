import { Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CatalogSubjects, ListLaosQuery } from '@app/contracts';
import { DistrictViewV1, LaoPageV1, LaoV1, ProvinceV1, SubdistrictViewV1 } from '@app/contracts';
import type { DistrictV1, Page, SubdistrictV1 } from '@app/contracts';
import { Read } from '../http/endpoint.js';
import { Ctx, Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

const toProvince = (p: ProvinceV1): ProvinceV1 => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn });
const toDistrict = (d: DistrictV1): DistrictViewV1 => ({
  code: d.code,
  nameTh: d.nameTh,
  nameEn: d.nameEn,
  postalCode: d.postalCode,
});
const toSubdistrict = (s: SubdistrictV1): SubdistrictViewV1 => ({
  code: s.code,
  nameTh: s.nameTh,
  nameEn: s.nameEn,
  postalCode: s.postalCode,
});

@ApiTags('geography')
@Public()
@Controller()
export class GeographyController {
  constructor(private readonly services: ServiceClient) {}

  @Read('provinces', { summary: 'All 77 provinces, in Thai order', type: [ProvinceV1] })
  async provinces(@Ctx() ctx: RequestContext) {
    return (await this.services.call<ProvinceV1[]>(CatalogSubjects.listProvinces, {}, ctx)).map(toProvince);
  }

  @Read('provinces/:code/districts', {
    summary: "A province's districts (unknown province → 404)",
    type: [DistrictViewV1],
  })
  async districts(@Param('code') code: string, @Ctx() ctx: RequestContext) {
    return (await this.services.call<DistrictV1[]>(CatalogSubjects.listDistricts, { provinceCode: code }, ctx)).map(
      toDistrict,
    );
  }

  @Read('districts/:code/subdistricts', {
    summary:
      "A district's subdistricts with their postcodes, in Thai order: one row per (subdistrict, postcode); unknown district → 404, malformed code → 400",
    type: [SubdistrictViewV1],
    returns: 'one row per (subdistrict, postcode): a subdistrict with two postcodes appears twice',
  })
  async subdistricts(@Param('code') code: string, @Ctx() ctx: RequestContext) {
    return (await this.services.call<SubdistrictV1[]>(CatalogSubjects.listSubdistricts, { code }, ctx)).map(
      toSubdistrict,
    );
  }

  @Read('laos', { summary: 'Local administrative organisations, filtered and paged (pageSize ≤ 100)', type: LaoPageV1 })
  laos(@Query() query: ListLaosQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<LaoV1>>(CatalogSubjects.listLaos, query, ctx);
  }

  @Read('laos/:code', { summary: 'One LAO by its 7-digit DLA code', type: LaoV1 })
  lao(@Param('code') code: string, @Ctx() ctx: RequestContext) {
    return this.services.call<LaoV1>(CatalogSubjects.getLao, { code }, ctx);
  }
}
