import { PageQuery } from './paging.js';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';

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
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit province code' })
  provinceCode: string;
}

export class ListLaosQuery extends PageQuery {
  @ApiPropertyOptional({ example: '56' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit province code' })
  provinceCode?: string;

  @ApiPropertyOptional({ example: '5605' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'districtCode must be a 4-digit district code' })
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
  @Matches(/^\d{7}$/, { message: 'code must be a 7-digit DLA code' })
  code: string;
}

export class GetProvinceQuery {
  @Matches(/^\d{2}$/, { message: 'code must be a 2-digit province code' })
  code: string;
}
