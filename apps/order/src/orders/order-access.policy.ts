import type { Caller } from '@app/contracts';
import { DomainError } from '@app/messaging';
import type { Order } from './order.js';

type Owned = Pick<Order, 'id' | 'consumerId' | 'producerId' | 'laoCode' | 'provinceCode'>;

const notFound = (o: Owned) => DomainError.notFound('Order', o.id);

/** The order's producer, or an admin of the order's LAO: they run the order (payments, fulfilment, refunds). */
export function isOrderManager(caller: Caller, o: Owned): boolean {
  return (
    (caller.roles.includes('producer') && !!caller.producerId && caller.producerId === o.producerId) ||
    (caller.roles.includes('lao_admin') && !!caller.laoCode && caller.laoCode === o.laoCode)
  );
}

/**
 * Who may see an order: its consumer, its managers, and the staff above them (province, DLA). A consumer
 * looking at someone else's order learns nothing, not even that it exists (404); staff of another
 * producer or LAO are told they may not (403).
 */
export function assertMayRead(caller: Caller, o: Owned): void {
  if (caller.userId === o.consumerId || isOrderManager(caller, o)) return;
  if (caller.roles.includes('dla_admin')) return;
  if (caller.roles.includes('province_admin') && caller.provinceCode === o.provinceCode) return;
  throw isStaff(caller) ? DomainError.forbidden(`Order ${o.id} belongs to another producer or LAO`) : notFound(o);
}

/**
 * PDPA: the consumer's address and phone are for who must deliver — the order's producer and its LAO's
 * admin — and the consumer. Province and DLA staff oversee figures, which need neither: they see the
 * order with the delivery's district and province only.
 */
export function maySeePersonalData(caller: Caller, o: Owned): boolean {
  return caller.userId === o.consumerId || isOrderManager(caller, o);
}

/** Payments, refunds, ready, ship, handover: the producer of the order or its LAO's admin. */
export function assertMayManage(caller: Caller, o: Owned): void {
  if (isOrderManager(caller, o)) return;
  if (isStaff(caller))
    throw DomainError.forbidden(`Only the producer of order ${o.id} or an admin of its LAO may do this`);
  // a consumer: their own order is visible to them, so say why; anyone else's does not exist for them
  if (caller.userId === o.consumerId) throw DomainError.forbidden('Only the producer or the LAO admin may do this');
  throw notFound(o);
}

/** Confirming receipt, uploading a bank slip: the consumer of the order only. */
export function assertIsConsumer(caller: Caller, o: Owned, action = 'confirm receipt'): void {
  if (caller.userId === o.consumerId) return;
  if (isStaff(caller)) throw DomainError.forbidden(`Only the consumer who ordered may ${action}`);
  throw notFound(o);
}

function isStaff(caller: Caller): boolean {
  return caller.roles.some((r) => r !== 'consumer');
}
