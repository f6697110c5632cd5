import type { EntityManager } from 'typeorm';
import { CatalogEvents, OrderEvents } from '@app/contracts';
import type { EventOf } from '@app/contracts';
import type { EventHandlers } from '@app/messaging';
import { bangkokDay } from '../periods/period.js';
import { findFact, recordCompletion, writeFact } from './facts.js';
import { presenceAtLaoChanged } from './presence.js';
import { membershipApproved } from './membership.js';
import { phoneHash } from './sale-parties.js';
import { completionRow, insertParties, insertRefunds, raiseRefundedFacts, refundRow } from './order-events.js';

/**
 * The read model's event handlers. Each runs inside the EventConsumer's transaction that also records the
 * event id in the inbox, so an event is applied exactly once however often it is delivered.
 */
/**
 * Order events are applied several at once (consumer concurrency): the events of one order take turns on
 * a transaction-scoped lock, so a refund and its completion never miss each other.
 */
async function lockOrder(em: EntityManager, orderId: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 6))`, [orderId]);
}

async function orderCompleted(event: EventOf<'order.completed', 1>, em: EntityManager): Promise<void> {
  const d = event.data;
  // In one round trip: the order's lock; its LAO's, shared (a move of the LAO takes it alone, so this
  // completion's presence is written under the LAO's place before or after the move, never half-way); then
  // its producer's (read-model/presence.ts: lockProducers). Always in this order: no cycle with a move.
  await em.query(
    `SELECT pg_advisory_xact_lock(hashtextextended($1, 6)), pg_advisory_xact_lock_shared(hashtextextended($3, 8)), pg_advisory_xact_lock(hashtextextended($2, 7))`,
    [d.orderId, d.producerId, d.laoCode],
  );
  // One statement: a second completion of the same order (another event id) changes nothing.
  const row = completionRow(d);
  await recordCompletion(em, row);
  await insertParties(em, [row]);
}

async function orderRefunded(event: EventOf<'order.refunded', 1>, em: EntityManager): Promise<void> {
  const orderId = event.data.orderId;
  await lockOrder(em, orderId);
  await insertRefunds(em, [refundRow(event)]);
  const before = await findFact(em, orderId);
  // Not completed (yet): a returned deposit was never revenue; if the completion comes later it picks this up.
  if (!before) return;
  // The rebuild's rule (raiseRefundedFacts), then the aggregates and presence follow the fact's change.
  if (!(await raiseRefundedFacts(em, [orderId])).length) return;
  await writeFact(em, before, await findFact(em, orderId, false));
}

async function laoUpserted(event: EventOf<'catalog.lao.upserted', 1>, em: EntityManager): Promise<void> {
  const d = event.data;
  // Completions at this LAO hold its lock shared until they commit: taken alone, every earlier completion
  // is visible to presenceAtLaoChanged and every later one sees the LAO's new place.
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 8))`, [d.laoCode]);
  const [was] = await em.query(`SELECT district_code, province_code FROM laos WHERE code = $1`, [d.laoCode]);
  const typeTh = d.displayNameTh.endsWith(d.nameTh)
    ? d.displayNameTh.slice(0, d.displayNameTh.length - d.nameTh.length) || d.type
    : d.type;
  await em.query(
    `INSERT INTO laos (code, type, type_th, name_th, display_name_th, district_code, province_code) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (code) DO UPDATE SET type = EXCLUDED.type, type_th = EXCLUDED.type_th, name_th = EXCLUDED.name_th,
       display_name_th = EXCLUDED.display_name_th, district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code`,
    [d.laoCode, d.type, typeTh, d.nameTh, d.displayNameTh, d.districtCode, d.provinceCode],
  );
  // New, or moved to another district or province: its producers' presence follows it.
  if (!was || was.district_code !== d.districtCode || was.province_code !== d.provinceCode)
    await presenceAtLaoChanged(em, d.laoCode);
}

async function producerState(
  event: EventOf<'catalog.producer.registered' | 'catalog.producer.updated' | 'catalog.producer.withdrawn', 1>,
  em: EntityManager,
): Promise<void> {
  const d = event.data;
  await em.query(
    `INSERT INTO producers (producer_id, kind, name, member_count, lao_code, district_code, province_code, updated_at, login_user_id, phone_hashes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (producer_id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, member_count = EXCLUDED.member_count,
       lao_code = EXCLUDED.lao_code, district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code, updated_at = EXCLUDED.updated_at,
       login_user_id = COALESCE(EXCLUDED.login_user_id, producers.login_user_id), phone_hashes = EXCLUDED.phone_hashes
     WHERE producers.updated_at <= EXCLUDED.updated_at`,
    [
      d.producerId,
      d.kind,
      d.name,
      d.memberCount,
      d.laoCode,
      d.districtCode,
      d.provinceCode,
      event.occurredAt,
      d.loginUserId ?? null,
      (d.phones ?? []).map(phoneHash).filter((h): h is string => !!h),
    ],
  );
}

async function contentLinkPublished(
  event: EventOf<'catalog.content-link.published', 1>,
  em: EntityManager,
): Promise<void> {
  const d = event.data;
  await em.query(
    `INSERT INTO content_links (content_link_id, url, platform, lao_code, district_code, province_code, product_id, producer_id, published_at, day)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (content_link_id) DO UPDATE SET url = EXCLUDED.url, platform = EXCLUDED.platform, lao_code = EXCLUDED.lao_code,
       district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code, product_id = EXCLUDED.product_id,
       producer_id = EXCLUDED.producer_id, published_at = EXCLUDED.published_at, day = EXCLUDED.day`,
    [
      d.contentLinkId,
      d.url,
      d.platform,
      d.laoCode,
      d.districtCode,
      d.provinceCode,
      d.productId,
      d.producerId,
      d.publishedAt,
      bangkokDay(d.publishedAt),
    ],
  );
  await em.query(
    `UPDATE content_links c SET removed_at = r.removed_at FROM content_link_removals r WHERE r.content_link_id = c.content_link_id AND c.content_link_id = $1`,
    [d.contentLinkId],
  );
}

async function contentLinkRemoved(event: EventOf<'catalog.content-link.removed', 1>, em: EntityManager): Promise<void> {
  await em.query(`UPDATE content_links SET removed_at = $2 WHERE content_link_id = $1`, [
    event.data.contentLinkId,
    event.data.removedAt,
  ]);
  // kept in case the publication has not arrived yet (events of two relays can overtake each other)
  await em.query(
    `INSERT INTO content_link_removals (content_link_id, removed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [event.data.contentLinkId, event.data.removedAt],
  );
}

/** A producer withdrawn right after registering (its login could not be created) leaves the read model. */
async function producerWithdrawn(
  event: EventOf<'catalog.producer.registered' | 'catalog.producer.updated' | 'catalog.producer.withdrawn', 1>,
  em: EntityManager,
): Promise<void> {
  await em.query(`DELETE FROM producers WHERE producer_id = $1`, [event.data.producerId]);
  await em.query(`DELETE FROM producer_memberships WHERE producer_id = $1`, [event.data.producerId]);
}

/** The rebuild applies the same (type, version)s set-wise: rebuild/bulk-replay.ts must list exactly these. */
export const orderHandlers = {
  [OrderEvents.completed]: { 1: orderCompleted },
  [OrderEvents.refunded]: { 1: orderRefunded },
} as const satisfies EventHandlers<'order'>;

export const catalogHandlers = {
  [CatalogEvents.laoUpserted]: { 1: laoUpserted },
  [CatalogEvents.producerRegistered]: { 1: producerState },
  [CatalogEvents.producerUpdated]: { 1: producerState },
  [CatalogEvents.producerWithdrawn]: { 1: producerWithdrawn },
  [CatalogEvents.producerMembershipApproved]: { 1: membershipApproved },
  [CatalogEvents.contentLinkPublished]: { 1: contentLinkPublished },
  [CatalogEvents.contentLinkRemoved]: { 1: contentLinkRemoved },
} as const satisfies EventHandlers<'catalog'>;
