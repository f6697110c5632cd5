import type { SchemaObject } from '../http/openapi-schema.js';


/** OpenAPI schemas of the diagnostic event pings. */
export const PING_CREATED_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { pingId: { type: 'string', format: 'uuid', description: 'the id of the event raised' } },
  required: ['pingId'],
};

export const PING_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    pingId: { type: 'string', format: 'uuid' },
    appliedCount: { type: 'integer', description: 'times the reporting service applied the event: 0 not (yet) delivered, 1 exactly once' },
  },
  required: ['pingId', 'appliedCount'],
};
