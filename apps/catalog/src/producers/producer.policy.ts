import type { ContactsV1, ProducerKind } from '@app/contracts';
import { DomainError } from '@app/messaging';

/**
 * Beneficiaries are counted with memberCount: a community enterprise's registered members (≥ 1,
 * default 1); a farmer or an entrepreneur is one person. Returns the count to store.
 */
export function memberCountFor(kind: ProducerKind, requested: number | undefined): number {
  if (kind === 'community_enterprise') return requested ?? 1;
  if (requested !== undefined && requested !== 1)
    throw DomainError.validation('memberCount', `must be 1 for a ${kind} (only a community enterprise has members)`);
  return 1;
}

/**
 * Kind and member count are never self-declared: a caller who does not administer the producer's area
 * (the producer's own login) may send them only unchanged (a form sending back what it shows); a change
 * is 403 FORBIDDEN naming the field — the producer proposes it instead (POST …/membership-proposals).
 */
export function assertMayDeclareMembership(
  administers: boolean,
  current: { kind: ProducerKind; memberCount: number },
  requested: { kind?: ProducerKind; memberCount?: number },
): void {
  if (administers) return;
  const fields: Array<{ field: string; message: string }> = [];
  if (requested.kind !== undefined && requested.kind !== current.kind)
    fields.push({ field: 'kind', message: 'only an administrator of the LAO changes it; propose a change' });
  if (requested.memberCount !== undefined && requested.memberCount !== current.memberCount) {
    fields.push({ field: 'memberCount', message: 'only an administrator of the LAO changes it; propose a change' });
  }
  if (fields.length) {
    throw new DomainError(
      'FORBIDDEN',
      `${fields.map((f) => f.field).join(', ')}: only an administrator of the LAO changes it; propose a change (POST /api/v1/producers/:id/membership-proposals)`,
      fields,
    );
  }
}

/** Contacts a visitor may see: all of them with the producer's consent, none without. */
export function publishedContacts(contacts: ContactsV1, publish: boolean): ContactsV1 {
  return publish ? contacts : {};
}
