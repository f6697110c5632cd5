import type { Caller, Role } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** The province a DLA code belongs to: type digit, then the 4-digit district code (its first 2 digits). */
export function provinceOfLao(laoCode: string): string {
  return laoCode.slice(1, 3);
}

export interface NewUserScope {
  role: Role;
  laoCode?: string;
  provinceCode?: string;
  producerId?: string;
}

/**
 * Who may create which login: a dla_admin any; a province_admin a lao_admin of its own province; a
 * lao_admin a producer of its own LAO. Also which bindings each role needs.
 */
export function assertMayCreateUser(caller: Caller, target: NewUserScope): void {
  if (target.role === 'lao_admin' && !target.laoCode)
    throw DomainError.validation('laoCode', 'is required for a lao_admin');
  if (target.role === 'producer' && !target.laoCode)
    throw DomainError.validation('laoCode', 'is required for a producer');
  if (target.role === 'province_admin' && !target.provinceCode)
    throw DomainError.validation('provinceCode', 'is required for a province_admin');
  if (caller.roles.includes('dla_admin')) return;
  if (caller.roles.includes('province_admin')) {
    if (target.role !== 'lao_admin') throw DomainError.forbidden('A province_admin may create lao_admin logins only');
    if (provinceOfLao(target.laoCode!) !== caller.provinceCode)
      throw DomainError.forbidden(`LAO ${target.laoCode} is not in province ${caller.provinceCode}`);
    return;
  }
  if (caller.roles.includes('lao_admin')) {
    if (target.role !== 'producer') throw DomainError.forbidden('A lao_admin may create producer logins only');
    if (target.laoCode !== caller.laoCode)
      throw DomainError.forbidden(`A lao_admin may create producers of LAO ${caller.laoCode} only`);
    return;
  }
  throw DomainError.forbidden('Only administrators may create logins');
}

/**
 * A producer login acts for one catalog producer, which must exist (the caller looks it up: null when
 * producerId is missing) and belong to the LAO the login names; otherwise a lao_admin could bind a login
 * of its own LAO to any producer. A producer outside the caller's scope is 403; a mismatch the caller
 * could fix (a dla_admin naming the wrong LAO) is 400 naming producerId.
 */
export function assertMayBindProducer(
  caller: Caller,
  target: NewUserScope,
  producer: { laoCode: string } | null,
): void {
  if (!target.producerId || !producer) throw DomainError.validation('producerId', 'is required for a producer');
  if (producer.laoCode === target.laoCode) return;
  assertMayCreateUser(caller, { ...target, laoCode: producer.laoCode });
  throw DomainError.validation('producerId', `belongs to LAO ${producer.laoCode}, not ${target.laoCode}`);
}

/**
 * Who may end another user's sign-ins (revoke its tokens): a dla_admin anyone's; a province_admin those of
 * the lao_admins and producers of its province; a lao_admin those of its LAO's producers — the logins each
 * may create. Everyone may end its own (POST /auth/logout).
 */
export function assertMayRevoke(caller: Caller, target: NewUserScope): void {
  if (caller.roles.includes('dla_admin')) return;
  if (
    caller.roles.includes('province_admin') &&
    (target.role === 'lao_admin' || target.role === 'producer') &&
    target.provinceCode === caller.provinceCode
  )
    return;
  if (caller.roles.includes('lao_admin') && target.role === 'producer' && target.laoCode === caller.laoCode) return;
  throw DomainError.forbidden("You may not end this user's sign-ins");
}

/**
 * Who may bind an existing login to a producer being onboarded (the code read out by the farmer): the
 * staff who onboard producers there — a dla_admin any, a province_admin in its province, a lao_admin in its LAO.
 */
export function assertMayLinkProducerLogin(caller: Caller, producerLaoCode: string): void {
  if (caller.roles.includes('dla_admin')) return;
  if (caller.roles.includes('province_admin') && caller.provinceCode === provinceOfLao(producerLaoCode)) return;
  if (caller.roles.includes('lao_admin') && caller.laoCode === producerLaoCode) return;
  throw DomainError.forbidden(`You may not link logins to producers of LAO ${producerLaoCode}`);
}
