import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { PhoneField } from './identity.dto.js';

export class VerifyPhoneDto {
  @PhoneField({ example: '0812345678' })
  phone: string;

  @ApiProperty({ example: '123456', description: 'the 6-digit code sent by SMS' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits sent by SMS' })
  code: string;
}

export class ResendCodeDto {
  @PhoneField({ example: '0812345678' })
  phone: string;
}
