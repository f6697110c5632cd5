import type { ContactsV1, ProducerKind } from '@app/contracts';
import { DomainError } from '@app/messaging';

/**
 * Beneficiaries are counted with memberCount: a community enterprise's registered members (≥ 1,
 * default 1); a farmer or an entrepreneur is one person. Returns the count to store.
 */
export function memberCountFor(kind: ProducerKind, requested: number | undefined): number {
  if (kind === 'community_enterprise') return requested ?? 1;
  if (requested !== undefined && requested !== 1) throw DomainError.validation('memberCount', `must be 1 for a ${kind} (only a community enterprise has members)`);
  return 1;
}

/** Contacts a visitor may see: all of them with the producer's consent, none without. */
export function publishedContacts(contacts: ContactsV1, publish: boolean): ContactsV1 {
  return publish ? contacts : {};
}
