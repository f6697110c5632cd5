import { ROLES } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';

/** OpenAPI schemas of the identity responses (UserView in identity.dto.ts). */
export const USER_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
    phone: { type: 'string', example: '0812345678' },
    phoneVerified: { type: 'boolean', description: 'with phone: false until the consumer verifies it with the code sent by SMS (until then it cannot reserve or purchase)' },
    email: { type: 'string', format: 'email' },
    laoCode: { type: 'string', description: 'lao_admin and producer logins' },
    provinceCode: { type: 'string', description: 'province_admin, lao_admin and producer logins' },
    producerId: { type: 'string', format: 'uuid', description: 'producer logins' },
  },
  required: ['id', 'name', 'roles'],
};

export const LOGIN_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    accessToken: { type: 'string', description: 'send as Authorization: Bearer <accessToken>' },
    expiresIn: { type: 'integer', description: 'seconds' },
    user: USER_SCHEMA,
  },
  required: ['accessToken', 'expiresIn', 'user'],
};

export const VERIFICATION_SENT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { verification: { type: 'string', enum: ['sms'], description: 'a code was sent by SMS to the phone' } },
  required: ['verification'],
};
