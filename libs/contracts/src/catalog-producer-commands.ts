import { field, LaoCodeField, NestedObject, OneOfField, TrimmedText, WholeNumber } from './fields.js';
import { PageQuery } from './paging.js';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRODUCER_KINDS } from './catalog.js';
import type { ProducerKind } from './catalog.js';
import { IsPromptPayId, normalizePromptPayId } from './promptpay.js';
import { trim, HTTP_URL, httpUrlMessage, IsOptionalNotNull } from './catalog-validation.js';

// --- producers -----------------------------------------------------------------------------------

export class ContactsDto {
  @ApiPropertyOptional({ example: '0812345678' })
  @IsOptionalNotNull()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value))
  @Matches(/^(\+66|0)\d{8,9}$/, { message: 'contacts.phone must be a Thai phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: '@baanrao' })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  lineId?: string;

  @ApiPropertyOptional({ example: 'https://www.facebook.com/baanrao' })
  @IsOptionalNotNull()
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(500)
  facebookUrl?: string;

  @ApiPropertyOptional({ example: 'https://www.tiktok.com/@baanrao' })
  @IsOptionalNotNull()
  @IsUrl(HTTP_URL, { message: httpUrlMessage })
  @MaxLength(500)
  tiktokUrl?: string;
}

/** Registered members of a community enterprise (another kind of producer has 1). */
const MemberCount = () => WholeNumber(1, 100_000);
/** A PromptPay id as typed (spaces, dashes, +66), normalised before it is checked. */
const PromptPayIdField = () =>
  field(
    Transform(({ value }) => normalizePromptPayId(value)),
    IsPromptPayId(),
  );

export class UpdateProducerFields {
  @OneOfField(PRODUCER_KINDS, 'notNull')
  kind?: ProducerKind;

  @ApiPropertyOptional({ example: 'ลุงมา สวนลำไย' })
  @IsOptionalNotNull()
  @TrimmedText(200)
  name?: string;

  @LaoCodeField('notNull')
  laoCode?: string;

  @ApiPropertyOptional({ description: 'community enterprise: registered members (≥ 1); others: 1' })
  @IsOptionalNotNull()
  @MemberCount()
  memberCount?: number;

  @ApiPropertyOptional({ type: ContactsDto })
  @IsOptionalNotNull()
  @NestedObject(() => ContactsDto)
  contacts?: ContactsDto;

  @ApiPropertyOptional({ description: 'the producer consents to publish its contact channels' })
  @IsOptionalNotNull()
  @IsBoolean()
  publishContacts?: boolean;

  @ApiPropertyOptional({ example: '0812345678' })
  @IsOptionalNotNull()
  @PromptPayIdField()
  promptPayId?: string;
}

export class UpdateProducerCommand extends UpdateProducerFields {
  @IsUUID()
  id: string;
}

export class ProducerFields {
  @OneOfField(PRODUCER_KINDS)
  kind: ProducerKind;

  @ApiProperty({ example: 'ลุงมา สวนลำไย' })
  @TrimmedText(200)
  name: string;

  @LaoCodeField('required')
  laoCode: string;

  @ApiPropertyOptional({ description: 'community enterprise: registered members (≥ 1, default 1); others: 1' })
  @IsOptionalNotNull()
  @MemberCount()
  memberCount?: number;

  @ApiProperty({ type: ContactsDto })
  @NestedObject(() => ContactsDto)
  contacts: ContactsDto;

  @ApiProperty({ description: 'the producer consents to publish its contact channels' })
  @IsBoolean()
  publishContacts: boolean;

  @ApiProperty({ example: '0812345678', description: 'Thai mobile number or 13-digit national/tax ID' })
  @PromptPayIdField()
  promptPayId: string;
}

export class RegisterProducerCommand extends ProducerFields {
  /**
   * chosen by the gateway (random, or derived from the caller's Idempotency-Key); registering the same id
   * again by the same caller answers the existing producer, so a retry creates no second one
   */
  @IsOptionalNotNull()
  @IsUUID()
  id?: string;
}

export class ListProducersQuery extends PageQuery {
  @LaoCodeField()
  laoCode?: string;
}
