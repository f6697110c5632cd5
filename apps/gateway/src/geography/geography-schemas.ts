import { LAO_TYPES } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';


/** OpenAPI schemas of the geography responses (ProvinceV1, DistrictV1, SubdistrictV1 and LaoV1 of libs/contracts/src/geography.ts). */
export const PROVINCES_SCHEMA: SchemaObject = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      code: { type: 'string', example: '56', description: '2-digit province code' },
      nameTh: { type: 'string', example: 'พะเยา' },
      nameEn: { type: 'string', example: 'Phayao' },
    },
    required: ['code', 'nameTh', 'nameEn'],
  },
};

export const DISTRICTS_SCHEMA: SchemaObject = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      code: { type: 'string', example: '5605', description: '4-digit district code' },
      nameTh: { type: 'string', example: 'ดอกคำใต้' },
      nameEn: { type: 'string', example: 'Dok Khamtai' },
      postalCode: { type: 'string', nullable: true, example: '56120' },
    },
    required: ['code', 'nameTh', 'nameEn', 'postalCode'],
  },
};

export const SUBDISTRICTS_SCHEMA: SchemaObject = {
  type: 'array',
  description: 'one row per (subdistrict, postcode): a subdistrict with two postcodes appears twice',
  items: {
    type: 'object',
    properties: {
      code: { type: 'string', example: '560501', description: '6-digit DOPA subdistrict code, as the source (thai-address-database) gives it' },
      nameTh: { type: 'string', example: 'ดอกคำใต้' },
      nameEn: { type: 'string', nullable: true, example: null, description: 'null: the source has no English names' },
      postalCode: { type: 'string', example: '56120', description: '5-digit postcode' },
    },
    required: ['code', 'nameTh', 'nameEn', 'postalCode'],
  },
};

export const LAO_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'a local administrative organisation (อปท.)',
  properties: {
    code: { type: 'string', example: '4560501', description: '7-digit DLA code' },
    type: { type: 'string', enum: [...LAO_TYPES] },
    typeTh: { type: 'string', example: 'เทศบาลเมือง' },
    nameTh: { type: 'string', example: 'ดอกคำใต้' },
    displayNameTh: { type: 'string', example: 'เทศบาลเมืองดอกคำใต้' },
    districtCode: { type: 'string', example: '5605' },
    provinceCode: { type: 'string', example: '56' },
    lat: { type: 'number', nullable: true },
    lon: { type: 'number', nullable: true },
  },
  required: ['code', 'type', 'typeTh', 'nameTh', 'displayNameTh', 'districtCode', 'provinceCode', 'lat', 'lon'],
};

export const LAO_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: LAO_SCHEMA }, total: { type: 'integer', description: 'matches across all pages' } },
  required: ['items', 'total'],
};
