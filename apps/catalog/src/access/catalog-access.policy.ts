import type { Caller } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** The area something belongs to: its LAO and that LAO's province. */
export interface Area {
  laoCode: string;
  provinceCode: string;
}

/**
 * Who may write what in the catalog, in one place: a dla_admin everywhere, a province_admin within its
 * province, a lao_admin within its own LAO; a producer login only for its own producer and products.
 */
export function administersArea(caller: Caller, area: Area): boolean {
  if (caller.roles.includes('dla_admin')) return true;
  if (caller.roles.includes('province_admin') && caller.provinceCode === area.provinceCode) return true;
  return caller.roles.includes('lao_admin') && caller.laoCode === area.laoCode;
}

export function assertAdministersArea(caller: Caller, area: Area): void {
  if (!administersArea(caller, area)) throw DomainError.forbidden(`You may not write for LAO ${area.laoCode}`);
}

export function actsForProducer(caller: Caller, producerId: string): boolean {
  return caller.roles.includes('producer') && caller.producerId === producerId;
}

/** The producer itself or an administrator of its area. */
export function mayManageProducer(caller: Caller, producer: Area & { id: string }): boolean {
  return actsForProducer(caller, producer.id) || administersArea(caller, producer);
}

export function assertMayManageProducer(caller: Caller, producer: Area & { id: string }): void {
  if (!mayManageProducer(caller, producer)) throw DomainError.forbidden(`You may not manage producer ${producer.id}`);
}

export function assertDlaAdmin(caller: Caller): void {
  if (!caller.roles.includes('dla_admin')) throw DomainError.forbidden('Only a dla_admin may add or correct an LAO');
}
