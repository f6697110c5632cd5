import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DeliveryAddressDto,
  MAX_ORDER_TOTAL_SATANG,
  MAX_QUANTITY,
  PRODUCER_KINDS,
  PRODUCT_CATEGORIES,
  PRODUCT_UNITS,
  WholeNumber,
} from '@app/contracts';
import type { DeliveryAddressV1, OpenOrderV1, ProducerKind, ProductCategory, ProductUnit } from '@app/contracts';

/** Validation of the OpenOrdersCommandV1 the harvest-preorder service sends (a service boundary too). */
export class FulfilmentDto {
  @IsIn(['pickup', 'delivery']) type: 'pickup' | 'delivery';
  /** a pickup order must say where; a delivery order must say to whom (validated field by field) */
  @ValidateIf((o: FulfilmentDto) => o.type === 'pickup') @IsDefined() @IsUUID() pickupPointId?: string;
  @IsOptional() @IsString() @MaxLength(200) pickupPointName?: string;
  @ValidateIf((o: FulfilmentDto) => o.type === 'delivery')
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DeliveryAddressDto)
  address?: DeliveryAddressV1;
}

export class OpenOrderDto implements Omit<OpenOrderV1, 'fulfilment'> {
  @IsUUID() orderId: string;
  @IsOptional() @IsUUID() reservationId: string | null;
  @IsUUID() batchId: string;
  @IsUUID() productId: string;
  @IsString() @MaxLength(200) productName: string;
  @IsIn(PRODUCT_CATEGORIES) category: ProductCategory;
  @IsIn(PRODUCT_UNITS) unit: ProductUnit;
  @IsUUID() producerId: string;
  @IsIn(PRODUCER_KINDS) producerKind: ProducerKind;
  @WholeNumber(1, 1_000_000) producerMemberCount: number;
  @IsString() @MaxLength(20) promptPayId: string;
  @Matches(/^\d{7}$/) laoCode: string;
  @Matches(/^\d{4}$/) districtCode: string;
  @Matches(/^\d{2}$/) provinceCode: string;
  @IsUUID() consumerId: string;
  @WholeNumber(1, MAX_QUANTITY) quantity: number;
  @WholeNumber(0, MAX_ORDER_TOTAL_SATANG) unitPriceSatang: number;
  @WholeNumber(0, MAX_ORDER_TOTAL_SATANG) deliveryFeeSatang: number;
  @WholeNumber(0, 100) depositPercent: number;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => FulfilmentDto) fulfilment: FulfilmentDto;
  @IsISO8601() reservedAt: string;
}

export class OpenOrdersDto {
  @ArrayMinSize(1) @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => OpenOrderDto) orders: OpenOrderDto[];
}
