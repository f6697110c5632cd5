import { IdentityEvents } from '@app/contracts';
import type { AccountChangedV1 } from '@app/contracts';
import { addToOutbox, newEvent } from '@app/messaging';
import type { EntityManager } from 'typeorm';
import type { User } from './user.entity.js';

/**
 * identity.account_changed of a login as it stands, written to the outbox in the caller's transaction (the
 * one that changed the login): the event exists if and only if the change committed. A phone not verified
 * yet is not told (nobody proved it is the user's).
 */
export async function recordAccountChanged(
  em: EntityManager,
  user: User,
  reason: AccountChangedV1['reason'],
  at = new Date(),
): Promise<void> {
  const data: AccountChangedV1 = {
    userId: user.id,
    role: user.role,
    phone: user.phoneVerifiedAt ? user.phone : null,
    email: user.email,
    producerId: user.producerId,
    laoCode: user.laoCode,
    provinceCode: user.provinceCode,
    reason,
    changedAt: at.toISOString(),
  };
  await addToOutbox(em, newEvent(IdentityEvents.accountChanged, 1, data, at));
}
