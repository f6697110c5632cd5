/**
 * THE authorization matrix: every route of the gateway's OpenAPI document × every actor, and what the
 * rules say each must get. authorization-matrix.e2e-spec.ts sends every cell and fails when a route of
 * the document has no row here (or a row names no route).
 *
 * Actors: anonymous; and each role against the resources of ONE area (LAO เทศบาลเมืองดอกคำใต้ 4560501,
 * province 56), "own" when it belongs there (the consumer who ordered, the producer of the product, the
 * admin of that LAO / province), "other" when it belongs elsewhere (a consumer with no order, a producer
 * and LAO admin of เทศบาลนครเชียงใหม่ 3500102, the admin of province 50). dla is national: always own.
 *
 * An expectation is 'ok' (authorised: any answer but 401/403/404 or a 5xx — the request may still be
 * refused for its state, e.g. 409), or the exact status: 401 (no identity), 403 (signed in, outside the
 * role or area), 404 (not theirs to know of: a consumer on someone else's order).
 *
 * HOW TO ADD A ROUTE: add a row keyed `METHOD /path` exactly as in /api/docs-json, built with one of the
 * rules below (or `cells({...})` for a rule of its own), and, if its path parameters or body need more
 * than the fuzzer's valid request (scripts/fuzz/openapi.mjs), say so in `request`.
 */
export type Actor =
  | 'anonymous'
  | 'consumer:own'
  | 'consumer:other'
  | 'producer:own'
  | 'producer:other'
  | 'lao_admin:own'
  | 'lao_admin:other'
  | 'province_admin:own'
  | 'province_admin:other'
  | 'dla_admin';
export const ACTORS: Actor[] = [
  'anonymous',
  'consumer:own',
  'consumer:other',
  'producer:own',
  'producer:other',
  'lao_admin:own',
  'lao_admin:other',
  'province_admin:own',
  'province_admin:other',
  'dla_admin',
];
export type Expect = 'ok' | 401 | 403 | 404;
export interface Row {
  expect: Record<Actor, Expect>;
  /** which seeded resource the path's {id} is, when the path alone does not say (see the spec's world) */
  id?:
    | 'order'
    | 'batch'
    | 'stockBatch'
    | 'reservation'
    | 'product'
    | 'producer'
    | 'contentLink'
    | 'laoAdminUser'
    | 'consumerUser';
  /** why a cell is what it is, where it is not obvious */
  note?: string;
  /** the sub-resource of the path (a refund, a slip) is not in the world: an authorised caller meets 404 NOT_FOUND for it */
  absent?: true;
  /** a known departure from the rule, reported and not asserted until fixed (say which cells and why) */
  knownGap?: string;
}

function cells(all: Expect, over: Partial<Record<Actor, Expect>> = {}): Record<Actor, Expect> {
  return Object.fromEntries(
    ACTORS.map((a) => [a, over[a] ?? (a === 'anonymous' && all !== 'ok' ? 401 : all)]),
  ) as Record<Actor, Expect>;
}

// --- the rules --------------------------------------------------------------------------------------
/** anyone, signed in or not */
const PUBLIC = cells('ok', { anonymous: 'ok' });
/** anyone signed in */
const SIGNED_IN = cells('ok', { anonymous: 401 });
/** the signed-in consumer acting for themselves; staff are refused */
const CONSUMER = cells(403, { anonymous: 401, 'consumer:own': 'ok', 'consumer:other': 'ok' });
/** the product's producer or its LAO's admin; everyone else signed in 403 */
const MANAGER = cells(403, { anonymous: 401, 'producer:own': 'ok', 'lao_admin:own': 'ok' });
/** an order's managers; its consumer is told why not (403); another consumer does not know it exists (404) */
const ORDER_MANAGER = { ...MANAGER, 'consumer:own': 403, 'consumer:other': 404 } as Record<Actor, Expect>;
/** an order's consumer, managers, and the staff above them in its area */
const ORDER_READ = cells(403, {
  anonymous: 401,
  'consumer:own': 'ok',
  'consumer:other': 404,
  'producer:own': 'ok',
  'lao_admin:own': 'ok',
  'province_admin:own': 'ok',
  dla_admin: 'ok',
});
/** an order's consumer only; staff 403, another consumer 404 */
const ORDER_CONSUMER = cells(403, { anonymous: 401, 'consumer:own': 'ok', 'consumer:other': 404 });
/** the admins over an area (LAO, its province, DLA); producers and consumers 403 */
const AREA_ADMIN = cells(403, { anonymous: 401, 'lao_admin:own': 'ok', 'province_admin:own': 'ok', dla_admin: 'ok' });
/** reports: every admin and producer sees the figures of its own scope (which comes from the login); consumers 403 */
const REPORTS = cells('ok', { anonymous: 401, 'consumer:own': 403, 'consumer:other': 403 });
/** any admin, each in its own scope (which comes from the login) */
const AREA_ADMIN_ANY = cells(403, {
  anonymous: 401,
  'lao_admin:own': 'ok',
  'lao_admin:other': 'ok',
  'province_admin:own': 'ok',
  'province_admin:other': 'ok',
  dla_admin: 'ok',
});
/** the DLA only */
const DLA = cells(403, { anonymous: 401, dla_admin: 'ok' });

export const MATRIX: Record<string, Row> = {
  'GET /health': { expect: PUBLIC },
  'POST /api/v1/auth/register': { expect: PUBLIC },
  'POST /api/v1/auth/login': { expect: PUBLIC },
  'POST /api/v1/auth/logout': { expect: SIGNED_IN, note: 'sent last for every actor (it ends its tokens)' },
  'GET /api/v1/auth/me': { expect: SIGNED_IN },
  'POST /api/v1/admin/users': {
    expect: cells(403, { anonymous: 401, 'province_admin:own': 'ok', dla_admin: 'ok' }),
    note: 'creates a lao_admin of the own LAO: its province or the DLA (an LAO admin creates producer logins only)',
  },
  'POST /api/v1/admin/users/{id}/revoke-tokens': {
    expect: cells(403, { anonymous: 401, 'province_admin:own': 'ok', dla_admin: 'ok' }),
    id: 'laoAdminUser',
    note: "an lao_admin's tokens (sent last): its province or the DLA",
  },
  'GET /api/v1/provinces': { expect: PUBLIC },
  'GET /api/v1/provinces/{code}/districts': { expect: PUBLIC },
  'GET /api/v1/districts/{code}/subdistricts': { expect: PUBLIC },
  'GET /api/v1/laos': { expect: PUBLIC },
  'POST /api/v1/laos': { expect: DLA },
  'GET /api/v1/laos/{code}': { expect: PUBLIC },
  'PATCH /api/v1/laos/{code}': { expect: DLA },
  'POST /api/v1/producers': { expect: AREA_ADMIN, note: 'a producer of the own LAO' },
  'GET /api/v1/producers': { expect: PUBLIC },
  'PATCH /api/v1/producers/{id}': {
    expect: AREA_ADMIN,
    note: "the valid request sets kind and memberCount, which weigh the beneficiaries: only the area's admins (the producer's own login gets 403 naming them; it proposes instead)",
  },
  'POST /api/v1/producers/{id}/account-link': {
    expect: AREA_ADMIN,
    id: 'producer',
    note: 'the staff who onboard producers there; the code is wrong (400) for them',
  },
  'GET /api/v1/producers/{id}/membership-proposals': {
    expect: { ...AREA_ADMIN, 'producer:own': 'ok' },
    id: 'producer',
  },
  'POST /api/v1/producers/{id}/membership-proposals': {
    expect: cells(403, { anonymous: 401, 'producer:own': 'ok' }),
    id: 'producer',
    note: 'the producer proposes; its admins change kind and memberCount themselves (PATCH)',
  },
  'GET /api/v1/producers/{id}/membership-history': { expect: { ...AREA_ADMIN, 'producer:own': 'ok' }, id: 'producer' },
  'GET /api/v1/membership-proposals': { expect: AREA_ADMIN_ANY, note: 'the pending proposals of the own area' },
  'POST /api/v1/membership-proposals/{id}/approve': { expect: AREA_ADMIN_ANY, absent: true },
  'POST /api/v1/membership-proposals/{id}/reject': { expect: AREA_ADMIN_ANY, absent: true },
  'GET /api/v1/producers/{id}': { expect: PUBLIC },
  'POST /api/v1/products': { expect: { ...AREA_ADMIN, 'producer:own': 'ok' } },
  'GET /api/v1/products': { expect: PUBLIC },
  'PATCH /api/v1/products/{id}': { expect: { ...AREA_ADMIN, 'producer:own': 'ok' } },
  'GET /api/v1/products/{id}': { expect: PUBLIC },
  'GET /api/v1/products/{id}/share': { expect: PUBLIC },
  'POST /api/v1/products/{id}/reviews': {
    expect: cells(404, { anonymous: 401 }),
    note: "the world has no completed order: every signed-in caller meets 404 for orderId before the consumer check (which reviews.service.ts makes: only the order's consumer)",
  },
  'GET /api/v1/products/{id}/reviews': { expect: PUBLIC },
  'POST /api/v1/products/{id}/photos': { expect: { ...AREA_ADMIN, 'producer:own': 'ok' } },
  'GET /api/v1/media/{id}/{file}': { expect: PUBLIC },
  'GET /api/v1/products/{id}/share/poster.png': { expect: PUBLIC, note: 'renders a PNG: slow on the first call' },
  'POST /api/v1/content-links': {
    expect: { ...AREA_ADMIN, 'producer:own': 'ok' },
    note: 'a link of the own LAO (its producers post theirs too)',
  },
  'GET /api/v1/content-links': { expect: PUBLIC },
  'DELETE /api/v1/content-links/{id}': {
    expect: AREA_ADMIN,
    id: 'contentLink',
    note: 'a fresh link for each authorised caller',
  },
  'POST /api/v1/batches': { expect: MANAGER },
  'GET /api/v1/batches': { expect: PUBLIC },
  'GET /api/v1/batches/{id}': { expect: PUBLIC },
  'POST /api/v1/batches/{id}/open': { expect: MANAGER },
  'POST /api/v1/batches/{id}/close': { expect: MANAGER },
  'POST /api/v1/batches/{id}/cancel': { expect: MANAGER },
  'POST /api/v1/batches/{id}/complete': { expect: MANAGER },
  'POST /api/v1/batches/{id}/harvest': { expect: MANAGER },
  'POST /api/v1/batches/{id}/harvest/preview': { expect: MANAGER },
  'POST /api/v1/batches/{id}/reservations': { expect: CONSUMER },
  'GET /api/v1/batches/{id}/reservations': {
    expect: MANAGER,
    note: "the packing list: the consumer's address and phone, for the producer and its LAO admin only (PDPA)",
  },
  'POST /api/v1/batches/{id}/purchases': { expect: CONSUMER, id: 'stockBatch' },
  'GET /api/v1/reservations/{id}': {
    expect: cells(404, { anonymous: 401, 'consumer:own': 'ok', 'producer:own': 'ok', 'lao_admin:own': 'ok' }),
    id: 'reservation',
    note: "its consumer and the batch's managers; to anyone else it does not exist",
  },
  'DELETE /api/v1/reservations/{id}': {
    expect: cells(404, { anonymous: 401, 'consumer:own': 'ok', 'producer:own': 'ok', 'lao_admin:own': 'ok' }),
    id: 'reservation',
    note: 'managers reach the state check (409 for a confirmed one)',
  },
  'GET /api/v1/batches/{id}/live-snapshot': { expect: { ...MANAGER, 'producer:other': 404, 'lao_admin:other': 404 } },
  'GET /api/v1/batches/{id}/live': { expect: { ...MANAGER, 'producer:other': 404, 'lao_admin:other': 404 } },
  'GET /api/v1/me/reservations': { expect: CONSUMER },
  'GET /api/v1/orders': { expect: SIGNED_IN, note: 'each sees the orders of its scope' },
  'GET /api/v1/orders/{id}': { expect: ORDER_READ },
  'GET /api/v1/orders/{id}/payment': { expect: ORDER_READ },
  'POST /api/v1/orders/{id}/payments': { expect: ORDER_MANAGER },
  'POST /api/v1/orders/{id}/refunds/{refundId}/pay': { expect: ORDER_MANAGER, absent: true },
  'POST /api/v1/orders/{id}/refund': { expect: ORDER_MANAGER },
  'POST /api/v1/orders/{id}/ready': { expect: ORDER_MANAGER },
  'POST /api/v1/orders/{id}/ship': { expect: ORDER_MANAGER },
  'POST /api/v1/orders/{id}/handover': { expect: ORDER_MANAGER },
  'POST /api/v1/orders/{id}/complete': { expect: ORDER_CONSUMER },
  'POST /api/v1/orders/{id}/slips': {
    expect: ORDER_CONSUMER,
    note: 'the caller is checked before the image is decoded (it was decoded first: staff got 400)',
  },
  'POST /api/v1/orders/{id}/slips/{slipId}/reject': { expect: ORDER_MANAGER, absent: true },
  'GET /api/v1/orders/{id}/slips/{slipId}/image': {
    expect: { ...ORDER_READ, 'province_admin:own': 403, dla_admin: 403 },
    absent: true,
    knownGap:
      "no slip in the world: province and DLA admins meet 404 for the slip before the rule (a bank slip is personal data: its consumer and the order's managers) could answer 403",
  },
  'GET /api/v1/reports/summary': { expect: REPORTS },
  'GET /api/v1/reports/flagged-sales': { expect: AREA_ADMIN_ANY, note: 'the flagged sales of the own scope' },
  'POST /api/v1/reports/flagged-sales/{orderId}/exclusion': {
    expect: cells(403, {
      anonymous: 401,
      'lao_admin:own': 404,
      'lao_admin:other': 404,
      'province_admin:own': 404,
      'province_admin:other': 404,
      dla_admin: 404,
    }),
    id: 'order',
    note: 'the seeded order never completed, so reporting knows no such sale: every admin meets 404 before the area check; producers and consumers 403',
  },
  'GET /api/v1/reports/breakdown': { expect: REPORTS },
  'GET /api/v1/reports/content-links': { expect: REPORTS },
  'GET /api/v1/reports/export': { expect: REPORTS },
  'GET /api/v1/reports/submissions': { expect: AREA_ADMIN_ANY },
  'POST /api/v1/reports/submissions': {
    expect: AREA_ADMIN_ANY,
    note: 'each admin for its own scope (the reporting service decides what it may submit)',
  },
  'PUT /api/v1/targets': {
    expect: { ...DLA, 'province_admin:own': 'ok' },
    note: "the DLA, or a province for its own LAOs' targets",
  },
  'POST /api/v1/admin/diagnostics/event-pings': { expect: DLA },
  'GET /api/v1/admin/diagnostics/event-pings/{pingId}': { expect: DLA },
  'GET /api/v1/me/personal-data': { expect: SIGNED_IN },
  'GET /api/v1/me/notifications': { expect: SIGNED_IN },
  'POST /api/v1/me/notifications/{id}/read': {
    expect: SIGNED_IN,
    absent: true,
    note: 'a notification nobody has: 404 for every signed-in caller',
  },
  'GET /api/v1/me/notification-preferences': { expect: SIGNED_IN },
  'PUT /api/v1/me/notification-preferences': { expect: SIGNED_IN },
  'POST /api/v1/me/line-link': {
    expect: SIGNED_IN,
    note: 'LINE Login is not configured in the test system: 409 for everyone signed in',
  },
  'POST /api/v1/me/line-link/callback': { expect: SIGNED_IN, note: 'a state nobody was given: 400 naming state' },
  'GET /api/v1/admin/users/{userId}/deliveries': { expect: DLA, note: 'the delivery log of a user' },
  'POST /api/v1/auth/verify-phone': { expect: PUBLIC, note: 'a code nobody was sent: 400' },
  'POST /api/v1/auth/verify-phone/resend': { expect: PUBLIC },
  'POST /api/v1/me/erase': {
    expect: CONSUMER,
    note: 'sent with a wrong password: authorised consumers get 401 INVALID_CREDENTIALS naming password, checked apart',
  },
  'GET /products/{id}': { expect: PUBLIC },
  'GET /batches/{id}': { expect: PUBLIC },
  'GET /producers/{id}': { expect: PUBLIC },
};
