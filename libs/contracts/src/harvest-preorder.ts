import { DistrictCodeField, NestedObject, OneOfField, ProvinceCodeField, WholeNumber } from './fields.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRODUCT_CATEGORIES } from './catalog.js';
import type { ProductCategory } from './catalog.js';
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
  @ApiProperty({ example: 5000, description: 'satang' }) @WholeNumber(0, 10_000_000) feeSatang: number;
}

export class CreateBatchDto {
  @ApiProperty() @IsUUID() productId: string;
  @ApiProperty({ example: '2026-06-01' }) @IsCalendarDate() harvestStart: string;
  @ApiProperty({ example: '2026-06-15' }) @IsCalendarDate() harvestEnd: string;
  @ApiProperty({ example: 1000 }) @WholeNumber(1, MAX_QUANTITY) estimatedQuantity: number;
  @ApiProperty({ example: 800, description: '≤ estimatedQuantity: the farmer keeps a margin' })
  @WholeNumber(1, MAX_QUANTITY)
  reservableQuantity: number;
  @ApiPropertyOptional({ description: "satang; default: the product's price" })
  @IsOptional()
  @WholeNumber(0, 100_000_000)
  unitPriceSatang?: number;
  @ApiProperty({ example: 30 }) @WholeNumber(0, 100) depositPercent: number;
  @ApiProperty({ example: 1 }) @WholeNumber(1, MAX_QUANTITY) minQuantity: number;
  @ApiProperty({ example: 10 }) @WholeNumber(1, MAX_QUANTITY) maxQuantityPerConsumer: number;
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
  @ApiPropertyOptional({ type: DeliveryOptionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryOptionDto)
  delivery?: DeliveryOptionDto;
  @ApiPropertyOptional({
    example: 72,
    default: BALANCE_DEADLINE_HOURS.default,
    minimum: BALANCE_DEADLINE_HOURS.min,
    maximum: BALANCE_DEADLINE_HOURS.max,
    description:
      'hours after the harvest is recorded to pay the balance; an order still unpaid then expires and its units become stock on hand',
  })
  @IsOptional()
  @WholeNumber(BALANCE_DEADLINE_HOURS.min, BALANCE_DEADLINE_HOURS.max)
  balanceDeadlineHours?: number;
}

export class DeliveryAddressDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) line1: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) subdistrict?: string;
  @DistrictCodeField('required') districtCode: string;
  @ProvinceCodeField('required') provinceCode: string;
  @ApiProperty({ example: '56120' }) @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' }) postalCode: string;
  @ApiProperty({ example: '0812345678' })
  @Matches(/^0\d{8,9}$/, { message: 'phone must be a Thai phone number' })
  phone: string;
}

export class ReservationFulfilmentDto {
  @OneOfField(['pickup', 'delivery']) type: 'pickup' | 'delivery';
  @ApiPropertyOptional({ description: 'with type pickup: a pickup point of this batch' })
  @ValidateIf((o: ReservationFulfilmentDto) => o.type === 'pickup')
  @IsDefined()
  @IsUUID()
  pickupPointId?: string;
  @ApiPropertyOptional({ type: DeliveryAddressDto, description: 'with type delivery' })
  @ValidateIf((o: ReservationFulfilmentDto) => o.type === 'delivery')
  @IsDefined()
  @NestedObject(() => DeliveryAddressDto)
  address?: DeliveryAddressDto;
}

/** HTTP body of POST /batches/:id/reservations. */
export class ReserveBodyDto {
  @ApiProperty({ example: 2, description: 'whole units of the batch' })
  @WholeNumber(1, 1_000_000)
  quantity: number;
  @ApiProperty({ type: ReservationFulfilmentDto })
  @IsDefined()
  @NestedObject(() => ReservationFulfilmentDto)
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
  @ApiProperty({ example: 750 }) @WholeNumber(0, MAX_QUANTITY) actualQuantity: number;
}
export class HarvestCommandDto extends HarvestBodyDto {
  @IsUUID() batchId: string;
}

export class CancelReasonBodyDto {
  @ApiPropertyOptional({ description: 'required when the farmer or an LAO admin cancels' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
export class CancelReservationDto extends CancelReasonBodyDto {
  @IsUUID() reservationId: string;
}
export class ReservationIdDto {
  @IsUUID() reservationId: string;
}

export class PurchaseBodyDto {
  @ApiProperty({ example: 2 }) @WholeNumber(1, 1_000_000) quantity: number;
  @ApiProperty({ type: ReservationFulfilmentDto })
  @IsDefined()
  @NestedObject(() => ReservationFulfilmentDto)
  fulfilment: ReservationFulfilmentDto;
}
export class PurchaseCommandDto extends PurchaseBodyDto {
  @IsUUID() batchId: string;
  @IsString() @MinLength(1) @MaxLength(200) idempotencyKey: string;
}

export class ListBatchesQuery {
  @OneOfField(BATCH_STATUSES, 'optional') status?: BatchStatus;
  @ProvinceCodeField() provinceCode?: string;
  @DistrictCodeField() districtCode?: string;
  // not LaoCodeField: this message says "LAO code", not "DLA code"
  @ApiPropertyOptional({ example: '4560501' })
  @IsOptional()
  @Matches(/^\d{7}$/, { message: 'laoCode must be a 7-digit LAO code' })
  laoCode?: string;
  @OneOfField(PRODUCT_CATEGORIES, 'optional') category?: ProductCategory;
  @ApiPropertyOptional({ description: "one product's batches" }) @IsOptional() @IsUUID() productId?: string;
  @ApiPropertyOptional({ description: "one producer's batches (its drafts only for who may see them)" })
  @IsOptional()
  @IsUUID()
  producerId?: string;
}

export class PackingQueryDto extends BatchIdDto {
  @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

/** GET /me/reservations: the caller's own reservations, newest first. */
export class ListMyReservationsQuery extends PageQuery {
  @OneOfField(RESERVATION_STATUSES, 'optional')
  status?: ReservationStatus;
}

// The HTTP views of batches and reservations (BatchV1, ReservationV1, … BatchLiveV1): harvest-preorder-views.ts
