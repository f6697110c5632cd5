import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { ProducerFields } from '@app/contracts';
import { PasswordField, PhoneField } from '../identity/identity.dto.js';

export class ProducerAccountDto {
  @PhoneField({ example: '0812345678', description: "the producer's login phone" })
  phone: string;

  @PasswordField({ minLength: 8 })
  password: string;
}

export class RegisterProducerBody extends ProducerFields {
  @ApiPropertyOptional({
    type: ProducerAccountDto,
    description: 'gives the producer a login (role producer) bound to it and its LAO',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProducerAccountDto)
  account?: ProducerAccountDto;
}

export class LinkProducerAccountBody {
  @PhoneField({ example: '0812345678', description: 'the phone of the existing login (the one given at onboarding)' })
  phone: string;

  @ApiProperty({ example: '123456', description: 'the 6-digit code the farmer received by SMS' })
  @IsString()
  @Matches(/^[0-9]{6}$/, { message: 'code must be the 6 digits received by SMS' })
  code: string;
}
