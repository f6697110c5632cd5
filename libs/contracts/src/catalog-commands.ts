import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRODUCER_KINDS, PRODUCT_CATEGORIES, PRODUCT_UNITS } from './catalog.js';
import type { ContentPlatform, ProducerKind, ProductCategory, ProductUnit } from './catalog.js';
import { LAO_TYPES } from './geography.js';
import type { LaoType } from './geography.js';
import { IsPromptPayId, normalizePromptPayId } from './promptpay.js';

/**
 * Commands and queries of the catalog. The same classes validate the HTTP body at the gateway and the
 * NATS payload in the catalog, so a field is named the same way wherever it is refused.
 */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };
const httpUrlMessage = (o: { property: string }) => `${o.property} must be an http or https URL`;
const LAO_CODE = /^\d{7}$/;
const LAO_CODE_MESSAGE = 'laoCode must be a 7-digit DLA code';

export const CONTENT_PLATFORMS = ['facebook', 'tiktok', 'youtube', 'instagram', 'line', 'other'] as const satisfies readonly ContentPlatform[];
export const MEDIA_TYPES = ['photo', 'video'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

// --- LAOs (dla_admin adds or corrects) ----------------------------------------------------------

export class UpdateLaoFields {
  @ApiPropertyOptional({ enum: LAO_TYPES })
  @IsOptional()
  @IsIn(LAO_TYPES)
  type?: LaoType;

  @ApiPropertyOptional({ example: 'เทศบาลเมือง', description: 'Thai type word; derived from type when omitted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  typeTh?: string;

  @ApiPropertyOptional({ example: 'ดอกคำใต้' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameTh?: string;

  @ApiPropertyOptional({ example: '5605' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'districtCode must be a 4-digit district code' })
  districtCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  lon?: number;
}

export class UpdateLaoCommand extends UpdateLaoFields {
  @Matches(LAO_CODE, { message: 'code must be a 7-digit DLA code' })
  code: string;
}

export class CreateLaoCommand {
  @ApiProperty({ example: '4560599' })
  @Matches(LAO_CODE, { message: 'code must be a 7-digit DLA code' })
  code: string;

  @ApiProperty({ enum: LAO_TYPES })
  @IsIn(LAO_TYPES)
  type: LaoType;

  @ApiPropertyOptional({ example: 'เทศบาลตำบล', description: 'Thai type word; derived from type when omitted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  typeTh?: string;

  @ApiProperty({ example: 'บ้านใหม่' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameTh: string;

  @ApiProperty({ example: '5605' })
  @Matches(/^\d{4}$/, { message: 'districtCode must be a 4-digit district code' })
  districtCode: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  lon?: number;
}

// --- producers -----------------------------------------------------------------------------------

export class ContactsDto {
  @ApiPropertyOptional({ example: '0812345678' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value))
  @Matches(/^(\+66|0)\d{8,9}$/, { message: 'contacts.phone must be a Thai phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: '@baanrao' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  lineId?: string;

  @ApiPropertyOptional({ example: 'https://www.facebook.com/baanrao' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(500)
  facebookUrl?: string;

  @ApiPropertyOptional({ example: 'https://www.tiktok.com/@baanrao' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(500)
  tiktokUrl?: string;
}

export class UpdateProducerFields {
  @ApiPropertyOptional({ enum: PRODUCER_KINDS })
  @IsOptional()
  @IsIn(PRODUCER_KINDS)
  kind?: ProducerKind;

  @ApiPropertyOptional({ example: 'ลุงมา สวนลำไย' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '4560501' })
  @IsOptional()
  @Matches(LAO_CODE, { message: LAO_CODE_MESSAGE })
  laoCode?: string;

  @ApiPropertyOptional({ description: 'community enterprise: registered members (≥ 1); others: 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  memberCount?: number;

  @ApiPropertyOptional({ type: ContactsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactsDto)
  contacts?: ContactsDto;

  @ApiPropertyOptional({ description: 'the producer consents to publish its contact channels' })
  @IsOptional()
  @IsBoolean()
  publishContacts?: boolean;

  @ApiPropertyOptional({ example: '0812345678' })
  @IsOptional()
  @Transform(({ value }) => normalizePromptPayId(value))
  @IsPromptPayId()
  promptPayId?: string;
}

export class UpdateProducerCommand extends UpdateProducerFields {
  @IsUUID()
  id: string;
}

export class ProducerFields {
  @ApiProperty({ enum: PRODUCER_KINDS })
  @IsIn(PRODUCER_KINDS)
  kind: ProducerKind;

  @ApiProperty({ example: 'ลุงมา สวนลำไย' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '4560501' })
  @Matches(LAO_CODE, { message: LAO_CODE_MESSAGE })
  laoCode: string;

  @ApiPropertyOptional({ description: 'community enterprise: registered members (≥ 1, default 1); others: 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  memberCount?: number;

  @ApiProperty({ type: ContactsDto })
  @ValidateNested()
  @Type(() => ContactsDto)
  contacts: ContactsDto;

  @ApiProperty({ description: 'the producer consents to publish its contact channels' })
  @IsBoolean()
  publishContacts: boolean;

  @ApiProperty({ example: '0812345678', description: 'Thai mobile number or 13-digit national/tax ID' })
  @Transform(({ value }) => normalizePromptPayId(value))
  @IsPromptPayId()
  promptPayId: string;
}

export class RegisterProducerCommand extends ProducerFields {
  /** chosen by the gateway when it creates the producer's login first */
  @IsOptional()
  @IsUUID()
  id?: string;
}

export class ListProducersQuery {
  @ApiPropertyOptional({ example: '4560501' })
  @IsOptional()
  @Matches(LAO_CODE, { message: LAO_CODE_MESSAGE })
  laoCode?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

// --- products ------------------------------------------------------------------------------------

export class MediaDto {
  @ApiProperty({ enum: MEDIA_TYPES })
  @IsIn(MEDIA_TYPES)
  type: MediaType;

  @ApiProperty({ example: 'https://www.tiktok.com/@baanrao/video/123' })
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(1000)
  url: string;
}

export class ProductContentFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ description: 'the storytelling text: the farm, the people, the season' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  story?: string;

  @ApiPropertyOptional({ type: [MediaDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MediaDto)
  media?: MediaDto[];

  @ApiPropertyOptional({ example: [6, 7, 8], description: 'months of the season, 1–12' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsInt({ each: true, message: 'seasonMonths must hold months 1–12' })
  @Min(1, { each: true, message: 'seasonMonths must hold months 1–12' })
  @Max(12, { each: true, message: 'seasonMonths must hold months 1–12' })
  seasonMonths?: number[];

  @ApiPropertyOptional({ example: ['ลำไยพะเยา'], description: "the producer's own hashtags (without #)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: ContactsDto, description: "contact channels shown for this product (default: the producer's published ones)" })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactsDto)
  contacts?: ContactsDto;
}

export class UpdateProductFields extends ProductContentFields {
  @ApiPropertyOptional({ example: 'ลำไยอบแห้งสีทอง' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({ enum: PRODUCT_UNITS })
  @IsOptional()
  @IsIn(PRODUCT_UNITS)
  unit?: ProductUnit;

  @ApiPropertyOptional({ description: 'integer satang (12050 = ฿120.50)' })
  @IsOptional()
  @IsInt({ message: 'priceSatang must be a whole number of satang' })
  @Min(0)
  @Max(2_000_000_000)
  priceSatang?: number;
}

export class UpdateProductCommand extends UpdateProductFields {
  @IsUUID()
  id: string;
}

export class CreateProductCommand extends ProductContentFields {
  @ApiProperty()
  @IsUUID()
  producerId: string;

  @ApiProperty({ example: 'ลำไยอบแห้งสีทอง' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PRODUCT_CATEGORIES })
  @IsIn(PRODUCT_CATEGORIES)
  category: ProductCategory;

  @ApiProperty({ enum: PRODUCT_UNITS })
  @IsIn(PRODUCT_UNITS)
  unit: ProductUnit;

  @ApiProperty({ description: 'integer satang (12050 = ฿120.50)' })
  @IsInt({ message: 'priceSatang must be a whole number of satang' })
  @Min(0)
  @Max(2_000_000_000)
  priceSatang: number;
}

export class IdQuery {
  @IsUUID()
  id: string;
}

export class ListProductsQuery {
  @ApiPropertyOptional({ description: 'part of the Thai name, story or description', example: 'มังคุด' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '56' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit province code' })
  provinceCode?: string;

  @ApiPropertyOptional({ example: '5605' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'districtCode must be a 4-digit district code' })
  districtCode?: string;

  @ApiPropertyOptional({ example: '4560501' })
  @IsOptional()
  @Matches(LAO_CODE, { message: LAO_CODE_MESSAGE })
  laoCode?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  producerId?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class GetProductSnapshotQuery {
  @IsUUID()
  productId: string;
}

// --- content links -------------------------------------------------------------------------------

export class CreateContentLinkCommand {
  @ApiProperty({ example: 'https://www.facebook.com/baanrao/posts/123' })
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: CONTENT_PLATFORMS })
  @IsIn(CONTENT_PLATFORMS)
  platform: ContentPlatform;

  @ApiProperty({ example: '4560501' })
  @Matches(LAO_CODE, { message: LAO_CODE_MESSAGE })
  laoCode: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiProperty({ example: '2026-06-01T09:00:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'publishedAt must be an ISO 8601 date-time' })
  publishedAt: string;
}

export class ListContentLinksQuery {
  @ApiPropertyOptional({ example: '4560501' })
  @IsOptional()
  @Matches(LAO_CODE, { message: LAO_CODE_MESSAGE })
  laoCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ description: 'published at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'published before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

// --- reviews -------------------------------------------------------------------------------------

export class ReviewFields {
  @ApiProperty({ description: 'the completed order this review is about' })
  @IsUUID()
  orderId: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1)
  @Max(5)
  rating: number;

  @ApiProperty({ example: 'หวานมาก ส่งไว' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  text: string;
}

export class CreateReviewCommand extends ReviewFields {
  @IsUUID()
  productId: string;
}

export class ListReviewsQuery {
  @IsUUID()
  productId: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
