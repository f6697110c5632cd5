import type { paths } from './schema';

/** Response shapes, named for the pages, taken from the generated OpenAPI types (never written by hand). */
type Ok<Op> = Op extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : Op extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

export type Batch = Ok<paths['/api/v1/batches/{id}']['get']>;
export type Product = Ok<paths['/api/v1/products/{id}']['get']>;
export type ProductPage = Ok<paths['/api/v1/products']['get']>;
export type ReviewPage = Ok<paths['/api/v1/products/{id}/reviews']['get']>;
export type Producer = Ok<paths['/api/v1/producers/{id}']['get']>;
export type Order = Ok<paths['/api/v1/orders/{id}']['get']>;
export type OrderList = Ok<paths['/api/v1/orders']['get']>;
export type PaymentInstructions = Ok<paths['/api/v1/orders/{id}/payment']['get']>;
export type Reservation = Ok<paths['/api/v1/batches/{id}/reservations']['post']>;
export type Province = Ok<paths['/api/v1/provinces']['get']>[number];
export type District = Ok<paths['/api/v1/provinces/{code}/districts']['get']>[number];
export type Me = Ok<paths['/api/v1/auth/me']['get']>;
export type Category = Batch['category'];
export type Unit = Batch['unit'];
export type OrderStatus = Order['status'];
export type NotificationPage = Ok<paths['/api/v1/me/notifications']['get']>;
export type NotificationPreferences = Ok<paths['/api/v1/me/notification-preferences']['get']>;
