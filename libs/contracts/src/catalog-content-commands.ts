import { PageField, PageQuery, PageSizeField } from './paging.js';
import { LaoCodeField, OneOfField } from './fields.js';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ContentPlatform } from './catalog.js';
import { trim, HTTP_URL, httpUrlMessage, CONTENT_PLATFORMS, IsOptionalNotNull } from './catalog-validation.js';

// --- content links -------------------------------------------------------------------------------

export class CreateContentLinkCommand {
  /** set by the gateway only (from the caller's Idempotency-Key): the same id again by the same caller answers the existing link */
  @ApiHideProperty()
  @IsOptionalNotNull()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'https://www.facebook.com/baanrao/posts/123' })
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(2000)
  url: string;

  @OneOfField(CONTENT_PLATFORMS)
  platform: ContentPlatform;

  @LaoCodeField('required')
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
  @LaoCodeField()
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

  @PageField()
  page?: number;

  @PageSizeField({ default: 50, maximum: 200 })
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

export class ListReviewsQuery extends PageQuery {
  @IsUUID()
  productId: string;
}
