import type { EntityManager } from 'typeorm';
import { CatalogEvents, OrderEvents } from '@app/contracts';
import type { EventOf } from '@app/contracts';
import type { EventHandlers } from '@app/messaging';
import { bangkokDay } from '../periods/period.js';
import { placesRepository } from '../summary/places.repository.js';
import { reportContentLinksRepository } from '../summary/report-content-links.repository.js';
import { writeFact } from './facts.js';
import { membershipApproved } from './membership.js';
import { completionRow, refundRow } from './order-events.js';
import {
  findFact,
  insertRefunds,
  lockCompletion,
  lockOrder,
  raiseRefundedFacts,
  recordCompletion,
} from './order-facts.repository.js';
import { presenceAtLaoChanged } from './presence.repository.js';
import { producersRepository } from './producers.repository.js';
import { phoneHash } from './sale-parties.js';
import { insertParties } from './sale-parties.repository.js';

/**
 * The read model's event handlers. Each runs inside the EventConsumer's transaction that also records the
 * event id in the inbox, so an event is applied exactly once however often it is delivered. Order events
 * are applied several at once (consumer concurrency): the events of one order take turns on its lock
 * (order-facts.repository.ts: lockOrder, lockCompletion), so a refund and its completion never miss each other.
 */
async function orderCompleted(event: EventOf<'order.completed', 1>, em: EntityManager): Promise<void> {
  const row = completionRow(event.data);
  await lockCompletion(em, row);
  // One statement: a second completion of the same order (another event id) changes nothing.
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
  // taken alone: every completion at this LAO is recorded before or after the move, under one place
  await placesRepository.lockLao(em, d.laoCode);
  const was = await placesRepository.laoPlace(em, d.laoCode);
  const typeTh = d.displayNameTh.endsWith(d.nameTh)
    ? d.displayNameTh.slice(0, d.displayNameTh.length - d.nameTh.length) || d.type
    : d.type;
  await placesRepository.upsertLao(em, {
    code: d.laoCode,
    type: d.type,
    type_th: typeTh,
    name_th: d.nameTh,
    display_name_th: d.displayNameTh,
    district_code: d.districtCode,
    province_code: d.provinceCode,
  });
  // New, or moved to another district or province: its producers' presence follows it.
  if (!was || was.district_code !== d.districtCode || was.province_code !== d.provinceCode)
    await presenceAtLaoChanged(em, d.laoCode);
}

type ProducerEvent = EventOf<
  'catalog.producer.registered' | 'catalog.producer.updated' | 'catalog.producer.withdrawn',
  1
>;

async function producerState(event: ProducerEvent, em: EntityManager): Promise<void> {
  const d = event.data;
  await producersRepository.upsert(em, {
    producer_id: d.producerId,
    kind: d.kind,
    name: d.name,
    member_count: d.memberCount,
    lao_code: d.laoCode,
    district_code: d.districtCode,
    province_code: d.provinceCode,
    updated_at: event.occurredAt,
    login_user_id: d.loginUserId ?? null,
    phone_hashes: (d.phones ?? []).map(phoneHash).filter((h): h is string => !!h),
  });
}

/** A producer withdrawn right after registering (its login could not be created) leaves the read model. */
async function producerWithdrawn(event: ProducerEvent, em: EntityManager): Promise<void> {
  await producersRepository.remove(em, event.data.producerId);
}

async function contentLinkPublished(
  event: EventOf<'catalog.content-link.published', 1>,
  em: EntityManager,
): Promise<void> {
  const d = event.data;
  await reportContentLinksRepository.publish(em, {
    content_link_id: d.contentLinkId,
    url: d.url,
    platform: d.platform,
    lao_code: d.laoCode,
    district_code: d.districtCode,
    province_code: d.provinceCode,
    product_id: d.productId,
    producer_id: d.producerId,
    published_at: d.publishedAt,
    day: bangkokDay(d.publishedAt),
  });
}

async function contentLinkRemoved(event: EventOf<'catalog.content-link.removed', 1>, em: EntityManager): Promise<void> {
  await reportContentLinksRepository.remove(em, event.data.contentLinkId, event.data.removedAt);
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
