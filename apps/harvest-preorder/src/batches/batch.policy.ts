import { MAX_ORDER_TOTAL_SATANG } from '@app/contracts';
import type { Caller, CreateBatchDto, ProductSnapshotV1 } from '@app/contracts';
import { DomainError, FieldError, validationError } from '@app/messaging';

/** Who may manage a batch, and which batches make sense: the batch rules, in one place. */
export interface BatchOwner {
  producerId: string;
  laoCode: string;
}

/** The product's own producer, or an admin of the LAO the product belongs to. */
export function mayManageBatch(caller: Caller, owner: BatchOwner): boolean {
  if (caller.roles.includes('producer') && caller.producerId === owner.producerId) return true;
  if (caller.roles.includes('lao_admin') && caller.laoCode === owner.laoCode) return true;
  return false;
}

export function assertMayManageBatch(caller: Caller, owner: BatchOwner): void {
  if (!mayManageBatch(caller, owner)) {
    throw DomainError.forbidden("Only the product's producer or an admin of its LAO may manage this batch");
  }
}

/**
 * Who sees a draft batch: whoever may manage it (its producer, an admin of its LAO) and those who oversee
 * it (an admin of its province, a DLA admin). To anyone else a draft does not exist (404, not listed).
 * The repository turns the same scope into SQL for listings.
 */
export interface DraftVisibility {
  all: boolean;
  producerId: string | null;
  laoCode: string | null;
  provinceCode: string | null;
}

export function draftVisibility(caller: Caller | null): DraftVisibility {
  const roles = caller?.roles ?? [];
  return {
    all: roles.includes('dla_admin'),
    producerId: roles.includes('producer') ? (caller?.producerId ?? null) : null,
    laoCode: roles.includes('lao_admin') ? (caller?.laoCode ?? null) : null,
    provinceCode: roles.includes('province_admin') ? (caller?.provinceCode ?? null) : null,
  };
}

export function mayViewBatch(caller: Caller | null, b: BatchOwner & { provinceCode: string; status: string }): boolean {
  if (b.status !== 'draft') return true;
  const v = draftVisibility(caller);
  return v.all || v.producerId === b.producerId || v.laoCode === b.laoCode || v.provinceCode === b.provinceCode;
}

/** Rules between fields that a DTO cannot express; every broken rule is named, nothing is written. */
export function validateNewBatch(dto: CreateBatchDto, product: ProductSnapshotV1): void {
  const f: FieldError[] = [];
  if (dto.reservableQuantity > dto.estimatedQuantity)
    f.push({ field: 'reservableQuantity', message: 'must not exceed estimatedQuantity' });
  if (dto.harvestEnd < dto.harvestStart) f.push({ field: 'harvestEnd', message: 'must not be before harvestStart' });
  if (Date.parse(dto.preorderClosesAt) <= Date.parse(dto.preorderOpensAt))
    f.push({ field: 'preorderClosesAt', message: 'must be after preorderOpensAt' });
  if (dto.minQuantity > dto.maxQuantityPerConsumer)
    f.push({ field: 'minQuantity', message: 'must not exceed maxQuantityPerConsumer' });
  if (dto.minQuantity > dto.reservableQuantity)
    f.push({ field: 'minQuantity', message: 'must not exceed reservableQuantity' });
  if (!dto.pickupPoints.length && !dto.delivery)
    f.push({ field: 'pickupPoints', message: 'give at least one pickup point or a delivery option' });
  // @ValidateNested walks into an array found where an object belongs and finds nothing to check, so
  // [[]] passed the DTO (a NOT NULL violation, 500) and nested arrays were stored as windows
  dto.pickupPoints.forEach((p, i) => {
    if (!isRecord(p))
      return void f.push({ field: `pickupPoints[${i}]`, message: 'must be an object {name, address, windows?}' });
    (p.windows ?? []).forEach((w, j) => {
      if (!isRecord(w))
        f.push({ field: `pickupPoints[${i}].windows[${j}]`, message: 'must be an object {start, end}' });
      else if (Date.parse(w.end) <= Date.parse(w.start))
        f.push({ field: `pickupPoints[${i}].windows[${j}].end`, message: 'must be after start' });
    });
  });
  if (dto.unitPriceSatang === undefined && !(product.priceSatang >= 0))
    f.push({ field: 'unitPriceSatang', message: 'the product has no price; give one' });
  const price = dto.unitPriceSatang ?? product.priceSatang;
  // the largest order one consumer can make must fit a PromptPay amount
  if (price >= 0 && dto.maxQuantityPerConsumer * price + (dto.delivery?.feeSatang ?? 0) > MAX_ORDER_TOTAL_SATANG) {
    f.push({
      field: 'maxQuantityPerConsumer',
      message: `times the unit price must stay within ${MAX_ORDER_TOTAL_SATANG} satang per order`,
    });
  }
  if (f.length) throw validationError(f);
}

/**
 * A reservation may be cancelled by its consumer while the batch takes reservations or before it closes,
 * or by whoever manages the batch (with a reason) until harvest.
 */
export function cancelledByOf(
  caller: Caller,
  reservation: { id: string; consumerId: string },
  owner: BatchOwner,
  batchStatus: string,
  reason?: string,
): 'consumer' | 'producer' | 'lao_admin' {
  const consumerId = reservation.consumerId;
  const manageable = ['draft', 'open', 'closed'].includes(batchStatus);
  if (mayManageBatch(caller, owner)) {
    if (!reason?.trim())
      throw DomainError.validation('reason', 'is required when the farmer or an LAO admin cancels a reservation');
    if (!manageable)
      throw new DomainError('ILLEGAL_TRANSITION', `Reservations of a ${batchStatus} batch can no longer be cancelled`);
    return caller.roles.includes('producer') && caller.producerId === owner.producerId ? 'producer' : 'lao_admin';
  }
  // someone else's reservation answers like one that does not exist (as orders do): no probing for ids
  if (caller.userId !== consumerId) throw DomainError.notFound('Reservation', reservation.id, 'reservationId');
  if (!['draft', 'open'].includes(batchStatus))
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `The batch is ${batchStatus}: a consumer may cancel only before it closes`,
    );
  return 'consumer';
}

function isRecord(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
