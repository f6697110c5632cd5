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
    retrySafe: {
      type: 'boolean',
      description:
        'With 503 only: true when sending the same request again is safe — a read, or a route idempotent by key sent with an Idempotency-Key (send the same key). ' +
        'False: the request may have been done; check before repeating it.',
    },
  },
};
