import { PageQuery } from './paging.js';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
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

export interface ProvinceV1 {
  code: string;
  nameTh: string;
  nameEn: string;
}
export interface DistrictV1 {
  code: string;
  provinceCode: string;
  nameTh: string;
  nameEn: string;
  postalCode: string | null;
}
/** One (subdistrict, postcode): a subdistrict with two postcodes is two rows. */
export interface SubdistrictV1 {
  /** 6-digit code as the source gives it (SOURCES.md: a few still carry the district of before a split) */
  code: string;
  districtCode: string;
  nameTh: string;
  /** the source has no English names yet */
  nameEn: string | null;
  postalCode: string;
}
export interface LaoV1 {
  code: string;
  type: LaoType;
  typeTh: string;
  nameTh: string;
  displayNameTh: string;
  districtCode: string;
  provinceCode: string;
  lat: number | null;
  lon: number | null;
}
export interface Page<T> {
  items: T[];
  total: number;
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
  @ApiPropertyOptional({ example: '56' })
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @ApiPropertyOptional({ example: '5605' })
  @IsOptional()
  @IsDistrictCode()
  districtCode?: string;

  @ApiPropertyOptional({ enum: LAO_TYPES })
  @IsOptional()
  @IsIn(LAO_TYPES)
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
