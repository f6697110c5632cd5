import { DistrictCodeField, OneOfField, ProvinceCodeField } from './fields.js';
import { PageQuery } from './paging.js';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ApiDistrictCode, ApiEnum, ApiInt, ApiProvinceCode, ApiString } from './api-property.js';
import { IsDistrictCode, IsLaoCode, IsProvinceCode } from './catalog-validation.js';

export const LAO_TYPES = [
  'provincial_admin_org',
  'city_municipality',
  'town_municipality',
  'subdistrict_municipality',
  'subdistrict_admin_org',
  'special_admin_area',
] as const;
export type LaoType = (typeof LAO_TYPES)[number];

export class ProvinceV1 {
  @ApiString({ example: '56', description: '2-digit province code' }) code: string;
  @ApiString({ example: 'พะเยา' }) nameTh: string;
  @ApiString({ example: 'Phayao' }) nameEn: string;
}

/** A district as the API lists it (GET /provinces/{code}/districts). */
export class DistrictViewV1 {
  @ApiString({ example: '5605', description: '4-digit district code' }) code: string;
  @ApiString({ example: 'ดอกคำใต้' }) nameTh: string;
  @ApiString({ example: 'Dok Khamtai' }) nameEn: string;
  @ApiString({ nullable: true, example: '56120' }) postalCode: string | null;
}
/** Reply item of CatalogSubjects.listDistricts: the view and its province. */
export class DistrictV1 extends DistrictViewV1 {
  provinceCode: string;
}

/** One (subdistrict, postcode) as the API lists it: a subdistrict with two postcodes is two rows. */
export class SubdistrictViewV1 {
  /** 6-digit code as the source gives it (SOURCES.md: a few still carry the district of before a split) */
  @ApiString({
    example: '560501',
    description: '6-digit DOPA subdistrict code, as the source (thai-address-database) gives it',
  })
  code: string;
  @ApiString({ example: 'ดอกคำใต้' }) nameTh: string;
  @ApiString({ nullable: true, example: null, description: 'null: the source has no English names' }) nameEn:
    string | null;
  @ApiString({ example: '56120', description: '5-digit postcode' }) postalCode: string;
}
/** Reply item of CatalogSubjects.listSubdistricts: the view and its district. */
export class SubdistrictV1 extends SubdistrictViewV1 {
  districtCode: string;
}

/** A local administrative organisation (อปท.). */
@ApiSchema({ description: 'a local administrative organisation (อปท.)' })
export class LaoV1 {
  @ApiString({ example: '4560501', description: '7-digit DLA code' }) code: string;
  @ApiEnum(LAO_TYPES) type: LaoType;
  @ApiString({ example: 'เทศบาลเมือง' }) typeTh: string;
  @ApiString({ example: 'ดอกคำใต้' }) nameTh: string;
  @ApiString({ example: 'เทศบาลเมืองดอกคำใต้' }) displayNameTh: string;
  @ApiDistrictCode() districtCode: string;
  @ApiProvinceCode() provinceCode: string;
  @ApiProperty({ type: Number, nullable: true }) lat: number | null;
  @ApiProperty({ type: Number, nullable: true }) lon: number | null;
}

/** A page of a list: the services answer it for every paged list (each HTTP page has its own class, e.g. LaoPageV1). */
export interface Page<T> {
  items: T[];
  total: number;
}

export class LaoPageV1 implements Page<LaoV1> {
  @ApiProperty({ type: () => [LaoV1] }) items: LaoV1[];
  @ApiInt('matches across all pages') total: number;
}

export class ListDistrictsQuery {
  @IsProvinceCode()
  provinceCode: string;
}

/** GET districts/{code}/subdistricts: the path parameter keeps its name, so a bad one is named `code`. */
export class ListSubdistrictsQuery {
  @IsDistrictCode()
  code: string;
}

export class ListLaosQuery extends PageQuery {
  @ProvinceCodeField()
  provinceCode?: string;

  @DistrictCodeField()
  districtCode?: string;

  @OneOfField(LAO_TYPES, 'optional')
  type?: LaoType;

  @ApiPropertyOptional({ description: 'part of the Thai name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class GetLaoQuery {
  @IsLaoCode()
  code: string;
}

export class GetProvinceQuery {
  @IsProvinceCode()
  code: string;
}
