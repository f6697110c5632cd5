import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';
import { APPROVED_MEMBERS_SQL } from './order-events.js';
import { lockProducers, refreshPresence } from './presence.js';

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
  await em.query(
    `INSERT INTO producer_memberships (producer_id, effective_at, change_id, kind, member_count) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [d.producerId, d.effectiveAt, d.changeId, d.kind, d.memberCount],
  );
  const changed: Array<{ fiscal_year: number }> = await em.query(
    // in a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count]
    `WITH u AS (UPDATE order_facts f SET member_count = ${APPROVED_MEMBERS_SQL('f.producer_id', 'f.completed_at', 'f.member_count')}
     WHERE f.producer_id = $1 AND f.completed_at >= $2
       AND f.member_count IS DISTINCT FROM ${APPROVED_MEMBERS_SQL('f.producer_id', 'f.completed_at', 'f.member_count')}
     RETURNING f.fiscal_year) SELECT DISTINCT fiscal_year FROM u`,
    [d.producerId, d.effectiveAt],
  );
  if (changed.length)
    await refreshPresence(
      em,
      [d.producerId],
      changed.map((r) => r.fiscal_year),
    );
}
