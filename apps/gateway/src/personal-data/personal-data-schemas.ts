import type { SchemaObject } from '../http/openapi-schema.js';
import { USER_SCHEMA } from '../identity/identity-schemas.js';
import { ORDER_SUMMARY_SCHEMA } from '../orders/order-schemas.js';

export const PERSONAL_DATA_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'Everything the system holds about the signed-in consumer (PDPA right of access), as one JSON document',
  properties: {
    exportedAt: { type: 'string', format: 'date-time' },
    account: { ...USER_SCHEMA, properties: { ...USER_SCHEMA.properties, createdAt: { type: 'string', format: 'date-time' } } },
    orders: { type: 'array', items: ORDER_SUMMARY_SCHEMA, description: 'with their delivery addresses and the metadata of uploaded bank slips (slips)' },
    reservations: { type: 'array', items: { type: 'object' }, description: 'reservations and waitlist places (GET /me/reservations items)' },
    reviews: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' }, productId: { type: 'string', format: 'uuid' }, orderId: { type: 'string', format: 'uuid' }, rating: { type: 'integer' }, text: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } },
        required: ['id', 'productId', 'orderId', 'rating', 'text', 'createdAt'],
      },
    },
  },
  required: ['exportedAt', 'account', 'orders', 'reservations', 'reviews'],
};

export const ERASED_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    erasedAt: { type: 'string', format: 'date-time' },
    message: { type: 'string' },
  },
  required: ['erasedAt', 'message'],
};
