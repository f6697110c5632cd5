import { ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { PRODUCT_CATEGORIES, PRODUCT_UNITS } from './catalog.js';
import type { ProductCategory, ProductUnit } from './catalog.js';
import { BALANCE_DEADLINE_HOURS, BATCH_STATUSES, RESERVATION_STATUSES } from './harvest-preorder.js';
import type { BatchStatus, ReservationStatus } from './harvest-preorder.js';
import {
  ApiBool,
  ApiDate,
  ApiDateTime,
  ApiDistrictCode,
  ApiEnum,
  ApiInt,
  ApiLaoCode,
  ApiProvinceCode,
  ApiSatang,
  ApiString,
  ApiUuid,
} from './api-property.js';

/**
 * What the harvest-preorder service answers about batches and reservations (the gateway returns it as
 * is). Money in satang; quantities in whole units of the product; times ISO 8601 UTC.
 */
export class PickupWindowV1 {
  @ApiDateTime() start: string;
  @ApiDateTime() end: string;
}

export class PickupPointV1 {
  @ApiUuid() id: string;
  @ApiString({ example: 'ศาลาหมู่บ้าน' }) name: string;
  @ApiString() address: string;
  @ApiProperty({ type: () => [PickupWindowV1] }) windows: PickupWindowV1[];
}

export class DeliveryOptionV1 {
  @ApiSatang() feeSatang: number;
}

export class BatchV1 {
  @ApiUuid() id: string;
  @ApiEnum(BATCH_STATUSES) status: BatchStatus;
  @ApiUuid() productId: string;
  @ApiString({ example: 'ลำไยสด' }) productName: string;
  @ApiEnum(PRODUCT_CATEGORIES) category: ProductCategory;
  @ApiEnum(PRODUCT_UNITS) unit: ProductUnit;
  @ApiUuid() producerId: string;
  @ApiString() producerName: string;
  @ApiLaoCode() laoCode: string;
  @ApiDistrictCode() districtCode: string;
  @ApiProvinceCode() provinceCode: string;
  @ApiDate() harvestStart: string;
  @ApiDate() harvestEnd: string;
  @ApiInt() estimatedQuantity: number;
  @ApiInt('what may be reserved (≤ estimatedQuantity)') reservableQuantity: number;
  @ApiInt() reservedQuantity: number;
  @ApiInt('reservableQuantity − reservedQuantity') remainingQuantity: number;
  @ApiInt('price per unit in satang') unitPriceSatang: number;
  @ApiInt('deposit due on reservation, percent of the goods total') depositPercent: number;
  @ApiInt() minQuantity: number;
  @ApiInt() maxQuantityPerConsumer: number;
  @ApiDateTime() preorderOpensAt: string;
  @ApiDateTime() preorderClosesAt: string;
  @ApiBool() waitlist: boolean;
  @ApiBool() closeWhenSoldOut: boolean;
  @ApiBool() soldOut: boolean;
  @ApiProperty({ type: () => [PickupPointV1] }) pickupPoints: PickupPointV1[];
  @ApiProperty({ type: () => DeliveryOptionV1, nullable: true, description: 'null: pickup only' })
  delivery: DeliveryOptionV1 | null;
  @ApiInt({ nullable: true, description: 'the real yield, once harvested' }) actualQuantity: number | null;
  @ApiInt('after harvest: units above what was reserved, for direct purchase until completed') stockOnHand: number;
  @ApiInt({
    minimum: BALANCE_DEADLINE_HOURS.min,
    maximum: BALANCE_DEADLINE_HOURS.max,
    description:
      'hours after the harvest is recorded to pay the balance; then an unpaid order expires and its units become stock on hand',
  })
  balanceDeadlineHours: number;
}

/** POST /batches */
export class BatchCreatedV1 {
  @ApiUuid() id: string;
  @ApiEnum(['draft']) status: 'draft';
}

export class HarvestAllocationV1 {
  @ApiUuid() reservationId: string;
  @ApiUuid() orderId: string;
  @ApiInt() requested: number;
  @ApiInt('0 when the yield ran out before it') allocated: number;
}

/** POST /batches/:id/harvest */
export class HarvestResultV1 {
  @ApiProperty({ type: () => BatchV1 }) batch: BatchV1;
  @ApiProperty({
    type: () => [HarvestAllocationV1],
    description: 'one per confirmed reservation, first come first served',
  })
  allocations: HarvestAllocationV1[];
}

export class ReservationV1 {
  @ApiUuid() id: string;
  @ApiEnum(RESERVATION_STATUSES) status: ReservationStatus;
  @ApiInt() quantity: number;
  @ApiUuid({ nullable: true, description: 'null while waitlisted' }) orderId: string | null;
}

/** A reservation as its consumer sees it (GET /reservations/:id, GET /me/reservations). */
@ApiSchema({ description: 'ReservationDetailV1: a reservation as its consumer sees it' })
export class ReservationDetailV1 extends ReservationV1 {
  @ApiUuid() batchId: string;
  @ApiUuid() productId: string;
  @ApiString({ example: 'ลิ้นจี่ดอกคำใต้' }) productName: string;
  @ApiEnum(PRODUCT_UNITS) unit: ProductUnit;
  @ApiInt({
    nullable: true,
    minimum: 1,
    description:
      'while waitlisted: place in line, 1 = next, in the order the waitlist is served (arrival); null otherwise',
  })
  waitlistPosition: number | null;
  @ApiDateTime() createdAt: string;
}

export class ReservationPageV1 {
  @ApiProperty({ type: () => [ReservationDetailV1] }) items: ReservationDetailV1[];
  @ApiInt('matches across all pages') total: number;
  @ApiInt() page: number;
  @ApiInt() pageSize: number;
}

/** POST /batches/:id/purchases: a direct purchase of stock on hand, and its order. */
export class PurchaseV1 {
  @ApiUuid() id: string;
  @ApiInt() quantity: number;
  @ApiUuid() orderId: string;
}

/** One line of a batch's packing list. */
export class PackingRowV1 {
  @ApiUuid() reservationId: string;
  @ApiEnum(RESERVATION_STATUSES) status: ReservationStatus;
  @ApiUuid() consumerId: string;
  @ApiInt() requested: number;
  @ApiInt() quantity: number;
  @ApiInt({ nullable: true }) allocated: number | null;
  @ApiInt('the allocated quantity after harvest, the held quantity before; 0 when nothing is to pack') toPack: number;
  @ApiUuid({ nullable: true }) orderId: string | null;
  @ApiEnum(['pickup', 'delivery']) fulfilment: 'pickup' | 'delivery';
  @ApiUuid({ nullable: true }) pickupPointId: string | null;
  @ApiString({ nullable: true }) pickupPointName: string | null;
  @ApiString({ nullable: true, description: 'line1, postal code and phone' }) deliveryAddress: string | null;
  @ApiDate('Asia/Bangkok date of the reservation') day: string;
  @ApiDateTime() reservedAt: string;
}

export class PackingCountV1 {
  @ApiInt() count: number;
  @ApiInt() quantity: number;
}

export class PackingPickupPointTotalV1 {
  @ApiUuid({ nullable: true }) pickupPointId: string | null;
  @ApiString() name: string;
  @ApiInt() reservations: number;
  @ApiInt('units to pack') quantity: number;
}

export class PackingDayTotalV1 {
  @ApiDate() day: string;
  @ApiInt() reservations: number;
  @ApiInt('units to pack') quantity: number;
}

export class PackingTotalsV1 {
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(PackingCountV1) },
    description: 'keyed by reservation status',
  })
  byStatus: Record<string, PackingCountV1>;
  @ApiProperty({
    type: () => [PackingPickupPointTotalV1],
    description: 'what to pack per pickup point (deliveries together, pickupPointId null)',
  })
  byPickupPoint: PackingPickupPointTotalV1[];
  @ApiProperty({ type: () => [PackingDayTotalV1], description: 'what to pack per reservation day' })
  byDay: PackingDayTotalV1[];
}

/** GET /batches/:id/reservations (JSON): the farmer's packing list. */
export class PackingViewV1 {
  @ApiUuid() batchId: string;
  @ApiEnum(BATCH_STATUSES) status: BatchStatus;
  @ApiProperty({ type: () => [PackingRowV1] }) reservations: PackingRowV1[];
  @ApiProperty({ type: () => PackingTotalsV1 }) totals: PackingTotalsV1;
}

export class HarvestPreviewAllocationV1 {
  @ApiUuid() reservationId: string;
  @ApiInt() requested: number;
  @ApiInt() allocated: number;
}

/** What a harvest of `actualQuantity` would allocate, by the same rule as recording it (nothing is written). */
export class HarvestPreviewV1 {
  @ApiUuid() batchId: string;
  @ApiInt() actualQuantity: number;
  @ApiInt() estimatedQuantity: number;
  @ApiInt('units held by confirmed reservations') reservedQuantity: number;
  @ApiInt('reservations that get all they asked for') full: number;
  @ApiInt('reservations that get part of it') partial: number;
  @ApiInt('reservations that get nothing (their deposit is refunded)') none: number;
  @ApiInt('reserved units the harvest cannot give') shortQuantity: number;
  @ApiSatang('their value at the batch price') shortValueSatang: number;
  @ApiInt('units above what was reserved: stock on hand for direct sale') surplus: number;
  @ApiInt('waitlisted reservations the harvest cancels') waitlistCancelled: number;
  @ApiProperty({ type: () => [HarvestPreviewAllocationV1] }) allocations: HarvestPreviewAllocationV1[];
}

export class LiveReservationV1 {
  @ApiInt() quantity: number;
  @ApiEnum(RESERVATION_STATUSES) status: ReservationStatus;
  @ApiDateTime() at: string;
}

/** The live-sale view of a batch: counters and the last reservations (no personal data). */
export class BatchLiveV1 {
  @ApiUuid() batchId: string;
  @ApiEnum(BATCH_STATUSES) status: BatchStatus;
  @ApiInt() reservableQuantity: number;
  @ApiInt() reservedQuantity: number;
  @ApiInt() remainingQuantity: number;
  @ApiBool() soldOut: boolean;
  @ApiInt('reservations holding units') confirmedCount: number;
  @ApiInt() waitlistedCount: number;
  @ApiInt() waitlistedQuantity: number;
  @ApiProperty({
    type: () => [LiveReservationV1],
    description: 'the last ten reservations, newest first (no personal data)',
  })
  recent: LiveReservationV1[];
  @ApiDateTime() at: string;
}

/** Only in an additionalProperties map, so the document lists it itself (OPENAPI_EXTRA_MODELS). */
export const HARVEST_PREORDER_EXTRA_MODELS = [PackingCountV1];
