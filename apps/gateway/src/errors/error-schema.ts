import type { SchemaObject } from '../http/openapi-schema.js';

/** The body of every error response (ErrorBody in http-error.filter.ts), as OpenAPI documents it. */
export const ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    message: { type: 'string', example: 'Invalid input: phone' },
    fields: { type: 'array', items: { type: 'object', properties: { field: { type: 'string', example: 'phone' }, message: { type: 'string' } } } },
  },
};
