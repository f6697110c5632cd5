import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRODUCT_CATEGORIES } from './catalog.js';
import type { ProductCategory, ProductUnit } from './catalog.js';
import { IsCalendarDate, IsOffsetDateTime } from './datetime.js';
import { PageQuery } from './paging.js';

/**
 * Harvest batches and reservations: payloads of HarvestPreorderSubjects. The same DTO classes validate
 * the HTTP body at the gateway and the NATS payload at the service.
 */
export const BATCH_STATUSES = ['draft', 'open', 'closed', 'harvested', 'completed', 'cancelled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const BATCH_ACTIONS = ['open', 'close', 'harvest', 'complete', 'cancel'] as const;
export type BatchAction = (typeof BATCH_ACTIONS)[number];

/**
 * Bounds of every whole number a client sends: a value past them is a typo, and without a bound it would
 * overflow an int4 inside reserve_many and fail a whole coalesced group. An order's total stays within
 * MAX_ORDER_TOTAL_SATANG so PromptPay's amount tag (at most 13 characters) can always carry it.
 */
export const MAX_QUANTITY = 10_000_000;
export const MAX_ORDER_TOTAL_SATANG = 100_000_000_000;

/**
 * After the harvest is recorded, an order awaiting its balance has this many hours to pay it (per batch;
 * 72 by default); past it the order expires and its units become the batch's stock on hand. 720 h = 30 days.
 */
export const BALANCE_DEADLINE_HOURS = { default: 72, min: 1, max: 720 } as const;

export const RESERVATION_STATUSES = ['confirmed', 'waitlisted', 'allocated', 'cancelled', 'expired'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];


export class PickupWindowDto {
  @ApiProperty({ example: '2026-06-01T08:00:00+07:00' }) @IsOffsetDateTime() start: string;
  @ApiProperty({ example: '2026-06-01T12:00:00+07:00' }) @IsOffsetDateTime() end: string;
}

export class PickupPointDto {
  @ApiProperty({ example: 'ศาลาหมู่บ้าน' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ example: 'หมู่ 3 ต.บ้านถ้ำ อ.ดอกคำใต้' }) @IsString() @MinLength(1) @MaxLength(500) address: string;
  @ApiPropertyOptional({ type: [PickupWindowDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PickupWindowDto)
  windows?: PickupWindowDto[];
}

export class DeliveryOptionDto {
  @ApiProperty({ example: 5000, description: 'satang' }) @IsInt() @Min(0) @Max(10_000_000) feeSatang: number;
}

export class CreateBatchDto {
  @ApiProperty() @IsUUID() productId: string;
  @ApiProperty({ example: '2026-06-01' }) @IsCalendarDate() harvestStart: string;
  @ApiProperty({ example: '2026-06-15' }) @IsCalendarDate() harvestEnd: string;
  @ApiProperty({ example: 1000 }) @IsInt() @Min(1) @Max(MAX_QUANTITY) estimatedQuantity: number;
  @ApiProperty({ example: 800, description: '≤ estimatedQuantity: the farmer keeps a margin' })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  reservableQuantity: number;
  @ApiPropertyOptional({ description: "satang; default: the product's price" }) @IsOptional() @IsInt() @Min(0) @Max(100_000_000) unitPriceSatang?: number;
  @ApiProperty({ example: 30 }) @IsInt() @Min(0) @Max(100) depositPercent: number;
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(MAX_QUANTITY) minQuantity: number;
  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(MAX_QUANTITY) maxQuantityPerConsumer: number;
  @ApiProperty({ example: '2026-05-01T00:00:00+07:00' }) @IsOffsetDateTime() preorderOpensAt: string;
  @ApiProperty({ example: '2026-05-25T00:00:00+07:00' }) @IsOffsetDateTime() preorderClosesAt: string;
  @ApiProperty() @IsBoolean() waitlist: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() closeWhenSoldOut?: boolean;
  @ApiProperty({ type: [PickupPointDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PickupPointDto)
  pickupPoints: PickupPointDto[];
  @ApiPropertyOptional({ type: DeliveryOptionDto }) @IsOptional() @ValidateNested() @Type(() => DeliveryOptionDto) delivery?: DeliveryOptionDto;
  @ApiPropertyOptional({
    example: 72,
    default: BALANCE_DEADLINE_HOURS.default,
    minimum: BALANCE_DEADLINE_HOURS.min,
    maximum: BALANCE_DEADLINE_HOURS.max,
    description: 'hours after the harvest is recorded to pay the balance; an order still unpaid then expires and its units become stock on hand',
  })
  @IsOptional()
  @IsInt()
  @Min(BALANCE_DEADLINE_HOURS.min)
  @Max(BALANCE_DEADLINE_HOURS.max)
  balanceDeadlineHours?: number;
}

export class DeliveryAddressDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) line1: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) subdistrict?: string;
  @ApiProperty({ example: '5605' }) @Matches(/^\d{4}$/, { message: 'districtCode must be a 4-digit district code' }) districtCode: string;
  @ApiProperty({ example: '56' }) @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit province code' }) provinceCode: string;
  @ApiProperty({ example: '56120' }) @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' }) postalCode: string;
  @ApiProperty({ example: '0812345678' }) @Matches(/^0\d{8,9}$/, { message: 'phone must be a Thai phone number' }) phone: string;
}

export class ReservationFulfilmentDto {
  @ApiProperty({ enum: ['pickup', 'delivery'] }) @IsIn(['pickup', 'delivery']) type: 'pickup' | 'delivery';
  @ApiPropertyOptional({ description: 'with type pickup: a pickup point of this batch' })
  @ValidateIf((o: ReservationFulfilmentDto) => o.type === 'pickup')
  @IsDefined()
  @IsUUID()
  pickupPointId?: string;
  @ApiPropertyOptional({ type: DeliveryAddressDto, description: 'with type delivery' })
  @ValidateIf((o: ReservationFulfilmentDto) => o.type === 'delivery')
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DeliveryAddressDto)
  address?: DeliveryAddressDto;
}

/** HTTP body of POST /batches/:id/reservations. */
export class ReserveBodyDto {
  @ApiProperty({ example: 2, description: 'whole units of the batch' }) @IsInt() @Min(1) @Max(1_000_000) quantity: number;
  @ApiProperty({ type: ReservationFulfilmentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReservationFulfilmentDto)
  fulfilment: ReservationFulfilmentDto;
  @ApiPropertyOptional({ default: true, description: 'if fewer units remain than asked, confirm what remains' })
  @IsOptional()
  @IsBoolean()
  allowPartial?: boolean;
}

/** NATS payload of HarvestPreorderSubjects.reserve. */
export class ReserveCommandDto extends ReserveBodyDto {
  @IsUUID() batchId: string;
  @IsString() @MinLength(1) @MaxLength(200) idempotencyKey: string;
}

export class BatchIdDto {
  @IsUUID() batchId: string;
}

export class TransitionBatchDto extends BatchIdDto {
  @IsIn(BATCH_ACTIONS) action: BatchAction;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class HarvestBodyDto {
  @ApiProperty({ example: 750 }) @IsInt() @Min(0) @Max(MAX_QUANTITY) actualQuantity: number;
}
export class HarvestCommandDto extends HarvestBodyDto {
  @IsUUID() batchId: string;
}

export class CancelReasonBodyDto {
  @ApiPropertyOptional({ description: 'required when the farmer or an LAO admin cancels' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
export class CancelReservationDto extends CancelReasonBodyDto {
  @IsUUID() reservationId: string;
}
export class ReservationIdDto {
  @IsUUID() reservationId: string;
}

export class PurchaseBodyDto {
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(1_000_000) quantity: number;
  @ApiProperty({ type: ReservationFulfilmentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReservationFulfilmentDto)
  fulfilment: ReservationFulfilmentDto;
}
export class PurchaseCommandDto extends PurchaseBodyDto {
  @IsUUID() batchId: string;
  @IsString() @MinLength(1) @MaxLength(200) idempotencyKey: string;
}

export class ListBatchesQuery {
  @ApiPropertyOptional({ enum: BATCH_STATUSES }) @IsOptional() @IsIn(BATCH_STATUSES) status?: BatchStatus;
  @ApiPropertyOptional({ example: '56' }) @IsOptional() @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit province code' }) provinceCode?: string;
  @ApiPropertyOptional({ example: '5605' }) @IsOptional() @Matches(/^\d{4}$/, { message: 'districtCode must be a 4-digit district code' }) districtCode?: string;
  @ApiPropertyOptional({ example: '4560501' }) @IsOptional() @Matches(/^\d{7}$/, { message: 'laoCode must be a 7-digit LAO code' }) laoCode?: string;
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES }) @IsOptional() @IsIn(PRODUCT_CATEGORIES) category?: ProductCategory;
  @ApiPropertyOptional({ description: "one product's batches" }) @IsOptional() @IsUUID() productId?: string;
  @ApiPropertyOptional({ description: "one producer's batches (its drafts only for who may see them)" }) @IsOptional() @IsUUID() producerId?: string;
}

export class PackingQueryDto extends BatchIdDto {
  @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

export interface PickupPointV1 {
  id: string;
  name: string;
  address: string;
  windows: Array<{ start: string; end: string }>;
}

export interface BatchV1 {
  id: string;
  status: BatchStatus;
  productId: string;
  productName: string;
  category: ProductCategory;
  unit: ProductUnit;
  producerId: string;
  producerName: string;
  laoCode: string;
  districtCode: string;
  provinceCode: string;
  harvestStart: string;
  harvestEnd: string;
  estimatedQuantity: number;
  reservableQuantity: number;
  reservedQuantity: number;
  remainingQuantity: number;
  unitPriceSatang: number;
  depositPercent: number;
  minQuantity: number;
  maxQuantityPerConsumer: number;
  preorderOpensAt: string;
  preorderClosesAt: string;
  waitlist: boolean;
  closeWhenSoldOut: boolean;
  soldOut: boolean;
  pickupPoints: PickupPointV1[];
  delivery: { feeSatang: number } | null;
  actualQuantity: number | null;
  /** after harvest: units above what was reserved, for direct purchase until completed */
  stockOnHand: number;
  /** hours after the harvest is recorded to pay the balance (BALANCE_DEADLINE_HOURS) */
  balanceDeadlineHours: number;
}

export interface ReservationV1 {
  id: string;
  status: ReservationStatus;
  quantity: number;
  orderId: string | null;
}

/** A reservation as its consumer sees it (GET /reservations/:id, GET /me/reservations). */
export interface ReservationDetailV1 extends ReservationV1 {
  batchId: string;
  productId: string;
  productName: string;
  unit: ProductUnit;
  /** 1 = next in line, in the order the waitlist is served; null unless waitlisted */
  waitlistPosition: number | null;
  createdAt: string;
}

export interface ReservationPageV1 {
  items: ReservationDetailV1[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /me/reservations: the caller's own reservations, newest first. */
export class ListMyReservationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RESERVATION_STATUSES }) @IsOptional() @IsIn(RESERVATION_STATUSES) status?: ReservationStatus;
}

/** What a harvest of `actualQuantity` would allocate, by the same rule as recording it (nothing is written). */
export interface HarvestPreviewV1 {
  batchId: string;
  actualQuantity: number;
  estimatedQuantity: number;
  reservedQuantity: number;
  /** reservations that get everything they asked for, part of it, nothing */
  full: number;
  partial: number;
  none: number;
  /** units reserved that the harvest cannot give, and their value at the batch price (refunded as the order service settles) */
  shortQuantity: number;
  shortValueSatang: number;
  /** units above what was reserved: stock on hand for direct sale */
  surplus: number;
  /** waitlisted reservations, cancelled by the harvest */
  waitlistCancelled: number;
  allocations: Array<{ reservationId: string; requested: number; allocated: number }>;
}

/** The live-sale view of a batch: counters and the last reservations (no personal data). */
export interface BatchLiveV1 {
  batchId: string;
  status: BatchStatus;
  reservableQuantity: number;
  reservedQuantity: number;
  remainingQuantity: number;
  soldOut: boolean;
  confirmedCount: number;
  waitlistedCount: number;
  waitlistedQuantity: number;
  recent: Array<{ quantity: number; status: ReservationStatus; at: string }>;
  at: string;
}
