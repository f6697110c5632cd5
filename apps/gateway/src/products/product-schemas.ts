import { MEDIA_TYPES, PRODUCER_KINDS, PRODUCT_CATEGORIES, PRODUCT_UNITS } from '@app/contracts';
import { CONTACTS_SCHEMA } from '../producers/producer-schemas.js';
import type { SchemaObject } from '../http/openapi-schema.js';


/** OpenAPI schemas of the product responses (ProductV1, ShareKitV1, ReviewV1 of libs/contracts/src/catalog-views.ts). Money in satang. */
const DOK_KHAMTAI_LINE = '#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้';

export const PRODUCT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    producerId: { type: 'string', format: 'uuid' },
    producerName: { type: 'string' },
    producerKind: { type: 'string', enum: [...PRODUCER_KINDS] },
    name: { type: 'string', example: 'ลำไยอบแห้งสีทอง' },
    category: { type: 'string', enum: [...PRODUCT_CATEGORIES] },
    unit: { type: 'string', enum: [...PRODUCT_UNITS] },
    priceSatang: { type: 'integer', example: 12050, description: 'price per unit in satang' },
    description: { type: 'string', nullable: true },
    story: { type: 'string', nullable: true },
    media: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: [...MEDIA_TYPES] },
          url: { type: 'string', format: 'uri-reference', description: 'an http(s) URL, or the site path of an uploaded photo: /api/v1/media/{id}/web.webp (its thumbnail: …/thumb.webp)' },
        },
        required: ['type', 'url'],
      },
    },
    seasonMonths: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 12 }, example: [7, 8] },
    tags: { type: 'array', items: { type: 'string' }, description: "the producer's own hashtags" },
    contacts: { ...CONTACTS_SCHEMA, description: "the product's own contacts, else the producer's published ones, else {}" },
    place: {
      type: 'object',
      properties: {
        laoCode: { type: 'string', example: '4560501' },
        districtCode: { type: 'string', example: '5605' },
        provinceCode: { type: 'string', example: '56' },
        laoDisplayNameTh: { type: 'string', example: 'เทศบาลเมืองดอกคำใต้' },
        districtNameTh: { type: 'string', example: 'ดอกคำใต้' },
        provinceNameTh: { type: 'string', example: 'พะเยา' },
      },
      required: ['laoCode', 'districtCode', 'provinceCode', 'laoDisplayNameTh', 'districtNameTh', 'provinceNameTh'],
    },
    hashtags: { type: 'string', description: 'the ready-to-paste line', example: DOK_KHAMTAI_LINE },
    hashtagList: { type: 'array', items: { type: 'string' } },
    ratingAverage: { type: 'number', nullable: true, description: 'one decimal; null before the first review' },
    ratingCount: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  required: [
    'id', 'producerId', 'producerName', 'producerKind', 'name', 'category', 'unit', 'priceSatang', 'description', 'story', 'media',
    'seasonMonths', 'tags', 'contacts', 'place', 'hashtags', 'hashtagList', 'ratingAverage', 'ratingCount', 'createdAt', 'updatedAt',
  ],
};

export const PRODUCT_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: PRODUCT_SCHEMA }, total: { type: 'integer', description: 'matches across all pages' } },
  required: ['items', 'total'],
};

export const SHARE_KIT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    caption: { type: 'string', description: 'Thai caption ready to paste, with price, contacts, link and hashtags' },
    hashtags: { type: 'string', example: DOK_KHAMTAI_LINE },
    url: { type: 'string', format: 'uri', description: 'the product page (pre-order link)' },
    qrSvg: { type: 'string', description: 'QR code of url, an SVG document' },
  },
  required: ['caption', 'hashtags', 'url', 'qrSvg'],
};

export const REVIEW_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    productId: { type: 'string', format: 'uuid' },
    orderId: { type: 'string', format: 'uuid' },
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    text: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'productId', 'orderId', 'rating', 'text', 'createdAt'],
};

export const REVIEW_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: REVIEW_SCHEMA }, total: { type: 'integer' } },
  required: ['items', 'total'],
};
