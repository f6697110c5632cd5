/**
 * The one home of every shape that crosses a process: NATS subjects, versioned event payloads, and the
 * request and response DTO classes (validation + type + OpenAPI in one class). See README.md here.
 */
export * from './identity.js';
export * from './events.js';
export * from './event-catalog.js';
export * from './subjects.js';
export * from './health.js';
export * from './geography.js';
export * from './catalog.js';
export { CONTENT_PLATFORMS, MEDIA_TYPES } from './catalog-validation.js';
export * from './paging.js';
export * from './fields.js';
export type { MediaType } from './catalog-validation.js';
export * from './catalog-lao-commands.js';
export * from './catalog-producer-commands.js';
export * from './catalog-membership.js';
export * from './catalog-product-commands.js';
export * from './catalog-content-commands.js';
export * from './catalog-media.js';
export * from './catalog-views.js';
export * from './promptpay.js';
export * from './preorder.js';
export * from './order.js';
export * from './order-views.js';
export * from './order-commands.js';
export * from './payment-slip.js';
export * from './harvest-preorder.js';
export * from './harvest-preorder-views.js';
export * from './reserve-group.js';
export * from './reporting.js';
export * from './reporting-views.js';
export * from './notification.js';
export { IsCalendarDate, IsOffsetDateTime, isCalendarDate, isOffsetDateTime } from './datetime.js';
export { csvDocument, csvField, csvLine, neutraliseCell } from './csv.js';
export type { CsvCell } from './csv.js';
export * from './personal-data.js';
export { OPENAPI_EXTRA_MODELS } from './openapi-models.js';
export * from './diagnostics.js';
export * from './http-error.js';
