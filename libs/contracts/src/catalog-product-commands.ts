import {
  DistrictCodeField,
  field,
  LaoCodeField,
  NestedObject,
  OneOfField,
  ProvinceCodeField,
  TrimmedText,
} from './fields.js';
import { PageQuery } from './paging.js';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRODUCT_CATEGORIES, PRODUCT_UNITS } from './catalog.js';
import type { ProductCategory, ProductUnit } from './catalog.js';
import { ContactsDto } from './catalog-producer-commands.js';
import { MEDIA_PATH } from './catalog-media.js';
import { HTTP_URL, httpUrlMessage, MEDIA_TYPES, IsOptionalNotNull } from './catalog-validation.js';
import type { MediaType } from './catalog-validation.js';

/** A product's price: whole satang, up to ฿20 million. */
const PriceSatang = () =>
  field(IsInt({ message: 'priceSatang must be a whole number of satang' }), Min(0), Max(2_000_000_000));

// --- products ------------------------------------------------------------------------------------

export class MediaDto {
  @OneOfField(MEDIA_TYPES)
  type: MediaType;

  @ApiProperty({
    example: 'https://www.tiktok.com/@baanrao/video/123',
    description:
      'an http(s) URL, or the path of an uploaded photo (/api/v1/media/{id}/web.webp, as POST /products/{id}/photos stored it)',
  })
  // an uploaded photo keeps its site-relative path: the same in every deployment, made absolute where needed (og:image)
  @ValidateIf((m: MediaDto) => !(m.type === 'photo' && typeof m.url === 'string' && MEDIA_PATH.test(m.url)))
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(1000)
  url: string;
}

export class ProductContentFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'the storytelling text: the farm, the people, the season' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  story?: string | null;

  @ApiPropertyOptional({ type: [MediaDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true, message: 'media must hold objects {type, url}' })
  @ValidateNested({ each: true })
  @Type(() => MediaDto)
  media?: MediaDto[];

  @ApiPropertyOptional({ example: [6, 7, 8], description: 'months of the season, 1–12' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(12)
  @IsInt({ each: true, message: 'seasonMonths must hold months 1–12' })
  @Min(1, { each: true, message: 'seasonMonths must hold months 1–12' })
  @Max(12, { each: true, message: 'seasonMonths must hold months 1–12' })
  seasonMonths?: number[];

  @ApiPropertyOptional({ example: ['ลำไยพะเยา'], description: "the producer's own hashtags (without #)" })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    type: ContactsDto,
    description: "contact channels shown for this product (default: the producer's published ones)",
  })
  @IsOptional()
  @NestedObject(() => ContactsDto)
  contacts?: ContactsDto | null;
}

export class UpdateProductFields extends ProductContentFields {
  @ApiPropertyOptional({ example: 'ลำไยอบแห้งสีทอง' })
  @IsOptionalNotNull()
  @TrimmedText(200)
  name?: string;

  @OneOfField(PRODUCT_CATEGORIES, 'notNull')
  category?: ProductCategory;

  @OneOfField(PRODUCT_UNITS, 'notNull')
  unit?: ProductUnit;

  @ApiPropertyOptional({ description: 'integer satang (12050 = ฿120.50)' })
  @IsOptionalNotNull()
  @PriceSatang()
  priceSatang?: number;
}

export class UpdateProductCommand extends UpdateProductFields {
  @IsUUID()
  id: string;
}

export class CreateProductCommand extends ProductContentFields {
  /**
   * set by the gateway only (derived from the caller's Idempotency-Key, whatever a client sent): creating
   * the same id again for the same producer answers the existing product, so a retry creates no second one
   */
  @ApiHideProperty()
  @IsOptionalNotNull()
  @IsUUID()
  id?: string;

  @ApiProperty()
  @IsUUID()
  producerId: string;

  @ApiProperty({ example: 'ลำไยอบแห้งสีทอง' })
  @TrimmedText(200)
  name: string;

  @OneOfField(PRODUCT_CATEGORIES)
  category: ProductCategory;

  @OneOfField(PRODUCT_UNITS)
  unit: ProductUnit;

  @ApiProperty({ description: 'integer satang (12050 = ฿120.50)' })
  @PriceSatang()
  priceSatang: number;
}

export class IdQuery {
  @IsUUID()
  id: string;
}

/** Most ids one GET /products?ids= takes. */
export const MAX_PRODUCT_IDS = 100;
const IDS_MESSAGE = `ids must be 1–${MAX_PRODUCT_IDS} comma-separated product ids (UUIDs)`;

/** `a,b` or a repeated `ids=a&ids=b` (or the array the gateway forwards) → ['a', 'b']; anything else is left to fail. */
const splitIds = ({ value }: { value: unknown }) => {
  const parts =
    typeof value === 'string'
      ? [value]
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? value
        : null;
  return parts
    ? parts
        .flatMap((v: string) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v.length)
    : value;
};

export class ListProductsQuery extends PageQuery {
  @ApiPropertyOptional({
    type: String,
    description: `these products only, up to ${MAX_PRODUCT_IDS} ids comma-separated; combined with the other filters and paging (without pageSize one page holds them all); unknown ids are left out`,
    example: '0b6f3c2e-4a1d-4f7e-9a51-3c2d8e1f0a11,6f1e2d3c-5b4a-4c9d-8e7f-1a2b3c4d5e6f',
  })
  @IsOptional()
  @Transform(splitIds)
  @IsArray({ message: IDS_MESSAGE })
  @ArrayMinSize(1, { message: IDS_MESSAGE })
  @ArrayMaxSize(MAX_PRODUCT_IDS, { message: IDS_MESSAGE })
  @IsUUID('all', { each: true, message: IDS_MESSAGE })
  ids?: string[];

  @ApiPropertyOptional({ description: 'part of the Thai name, story or description', example: 'มังคุด' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ProvinceCodeField()
  provinceCode?: string;

  @DistrictCodeField()
  districtCode?: string;

  @LaoCodeField()
  laoCode?: string;

  @OneOfField(PRODUCT_CATEGORIES, 'optional')
  category?: ProductCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  producerId?: string;
}

export class GetProductSnapshotQuery {
  @IsUUID()
  productId: string;
}
