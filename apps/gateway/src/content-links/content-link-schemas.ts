import { CONTENT_PLATFORMS } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';


/** OpenAPI schemas of the content link responses (ContentLinkV1 of libs/contracts/src/catalog-views.ts). */
export const CONTENT_LINK_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    url: { type: 'string', format: 'uri', example: 'https://www.facebook.com/baanrao/posts/123' },
    platform: { type: 'string', enum: [...CONTENT_PLATFORMS] },
    laoCode: { type: 'string', example: '4560501' },
    districtCode: { type: 'string', example: '5605' },
    provinceCode: { type: 'string', example: '56' },
    productId: { type: 'string', format: 'uuid', nullable: true },
    producerId: { type: 'string', format: 'uuid', nullable: true },
    publishedAt: { type: 'string', format: 'date-time' },
    createdBy: { type: 'string', format: 'uuid', description: 'the user who added it: only for that user and the administrators of the area' },
    createdAt: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'url', 'platform', 'laoCode', 'districtCode', 'provinceCode', 'productId', 'producerId', 'publishedAt', 'createdAt'],
};

export const CONTENT_LINK_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: CONTENT_LINK_SCHEMA }, total: { type: 'integer', description: 'matches across all pages' } },
  required: ['items', 'total'],
};
