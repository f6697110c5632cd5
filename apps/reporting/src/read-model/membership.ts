import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';
import { reweighMembers } from './order-facts.repository.js';
import { lockProducers, refreshPresence } from './presence.repository.js';
import { producersRepository } from './producers.repository.js';

/**
 * catalog.producer.membership-approved: from effectiveAt on, the producer's sales weigh this member count.
 * Sales completed before it keep theirs (a later approval never changes an earlier sale). Its sales
 * completed since that are already recorded (the catalog's event came after the order's) are weighed
 * again, and the producer's presence recomputed for those fiscal years.
 */
export async function membershipApproved(
  event: EventOf<'catalog.producer.membership-approved', 1>,
  em: EntityManager,
): Promise<void> {
  const d = event.data;
  await lockProducers(em, [d.producerId]);
  await producersRepository.addMembership(em, {
    producer_id: d.producerId,
    effective_at: d.effectiveAt,
    change_id: d.changeId,
    kind: d.kind,
    member_count: d.memberCount,
  });
  const fiscalYears = await reweighMembers(em, d.producerId, d.effectiveAt);
  if (fiscalYears.length) await refreshPresence(em, [d.producerId], fiscalYears);
}
