import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CatalogEvents } from '@app/contracts';
import type { MembershipChangeSource, ProducerKind } from '@app/contracts';
import { addToOutbox, newEvent } from '@app/messaging';
import { membershipRepository } from './membership.repository.js';
import type { ProducerRow } from './producers.repository.js';

/** A Thai phone as 0XXXXXXXX(X), whatever way it was written (+66…, spaces, dashes); null if it is none. */
export function normalizedPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s-]/g, '');
  const local = digits.startsWith('+66') ? `0${digits.slice(3)}` : digits;
  return /^0\d{8,9}$/.test(local) ? local : null;
}

/** The producer's own phones: its contact phone and its login's (the report flags sales to them). */
export function ownPhones(p: Pick<ProducerRow, 'contacts' | 'loginPhone'>): string[] {
  return [
    ...new Set([normalizedPhone(p.contacts.phone), normalizedPhone(p.loginPhone)].filter((x): x is string => !!x)),
  ];
}

/** The events that carry a producer's state (ProducerStateV1). */
type ProducerStateEvent =
  | typeof CatalogEvents.producerRegistered
  | typeof CatalogEvents.producerUpdated
  | typeof CatalogEvents.producerWithdrawn;

export function stateEvent(type: ProducerStateEvent, p: ProducerRow) {
  return newEvent(type, 1, {
    producerId: p.id,
    kind: p.kind,
    name: p.name,
    memberCount: p.memberCount,
    laoCode: p.laoCode,
    districtCode: p.districtCode,
    provinceCode: p.provinceCode,
    loginUserId: p.loginUserId,
    phones: ownPhones(p),
  });
}

/** A producer's membership: its kind and member count. */
type Membership = { kind: ProducerKind; memberCount: number };

/**
 * Records the approved membership of `saved` (the producer as just written; `previous`: as it was, null at
 * registration) in the history and raises catalog.producer.membership-approved, effective from `at`, in the
 * caller's transaction.
 */
export async function recordMembership(
  em: EntityManager,
  saved: Membership & { id: string },
  previous: Membership | null,
  c: {
    source: MembershipChangeSource;
    proposalId?: string | null;
    reason?: string | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  const id = randomUUID();
  await membershipRepository.insertChange(em, {
    id,
    producerId: saved.id,
    kind: saved.kind,
    memberCount: saved.memberCount,
    previousKind: previous?.kind ?? null,
    previousMemberCount: previous?.memberCount ?? null,
    source: c.source,
    proposalId: c.proposalId ?? null,
    reason: c.reason ?? null,
    changedBy: c.by,
    changedAt: c.at,
  });
  await addToOutbox(
    em,
    newEvent(
      CatalogEvents.producerMembershipApproved,
      1,
      {
        producerId: saved.id,
        changeId: id,
        kind: saved.kind,
        memberCount: saved.memberCount,
        effectiveAt: c.at.toISOString(),
      },
      c.at,
    ),
  );
}
