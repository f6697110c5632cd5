import { HARVEST_PREORDER_EXTRA_MODELS } from './harvest-preorder-views.js';
import { ErrorBodyV1 } from './http-error.js';
import { ORDER_VIEW_EXTRA_MODELS } from './order-views.js';

/**
 * Response classes that appear only inside a oneOf or a map, or in the global error responses (by getSchemaPath), so no property names their type:
 * the gateway hands them to SwaggerModule.createDocument({ extraModels }) for the document to define them.
 */
export const OPENAPI_EXTRA_MODELS: Function[] = [
  ...ORDER_VIEW_EXTRA_MODELS,
  ...HARVEST_PREORDER_EXTRA_MODELS,
  ErrorBodyV1,
];
