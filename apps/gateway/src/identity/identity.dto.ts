import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES } from '@app/contracts';
import type { Role } from '@app/contracts';
import { normalizePhone } from './phone.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const phone = ({ value }: { value: unknown }) => (typeof value === 'string' ? (normalizePhone(value) ?? value) : value);
export const PHONE = /^0\d{8,9}$/;
export const PHONE_MESSAGE = 'phone must be a Thai phone number such as 0812345678 or +66812345678';
/**
 * A login's phone: +66… and dashed forms become the national form, which must then be a Thai number.
 * applyDecorators runs its list first to last, the reverse of stacked decorators: the list is the stack
 * read bottom-up, so the validators register (and report) in the order they always did.
 */
export const PhoneField = (doc: ApiPropertyOptions) =>
  applyDecorators(Matches(PHONE, { message: PHONE_MESSAGE }), IsString(), Transform(phone), ApiProperty(doc));

/** An optional e-mail, trimmed and lower-cased (the order as for PhoneField). */
export const OptionalEmailField = (doc?: ApiPropertyOptions) =>
  applyDecorators(MaxLength(200), IsEmail(), Transform(lowerCase), IsOptional(), ApiPropertyOptional(doc));

/** A login's name: trimmed, 1 to 100 characters (the order as for PhoneField). */
export const NameField = (doc?: ApiPropertyOptions) =>
  applyDecorators(MaxLength(100), MinLength(1), IsString(), Transform(trim), ApiProperty(doc));

/** A new password: 8 to 128 characters (the order as for PhoneField). */
export const PasswordField = (doc: ApiPropertyOptions) =>
  applyDecorators(MaxLength(128), MinLength(8), IsString(), ApiProperty(doc));

export class RegisterDto {
  @NameField({ example: 'สมใจ ใจดี' })
  name: string;

  @PhoneField({ example: '0812345678' })
  phone: string;

  @PasswordField({ minLength: 8, maxLength: 128 })
  password: string;

  @OptionalEmailField({ example: 'somjai@example.com' })
  email?: string;
}

export class LoginDto {
  @ApiProperty({ description: 'phone number or e-mail', example: '0812345678' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  login: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

export class CreateUserDto {
  @NameField()
  name: string;

  @PhoneField({ example: '0812345678' })
  phone: string;

  @PasswordField({ minLength: 8 })
  password: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ example: '4560501', description: 'required for lao_admin and producer' })
  @IsOptional()
  @Matches(/^\d{7}$/, { message: 'laoCode must be a 7-digit DLA code' })
  laoCode?: string;

  @ApiPropertyOptional({ example: '56', description: 'required for province_admin' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit province code' })
  provinceCode?: string;

  @ApiPropertyOptional({ description: 'producer: the catalog producer this login acts for' })
  @IsOptional()
  @IsUUID()
  producerId?: string;

  @OptionalEmailField()
  email?: string;
}
