import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ProducerFields } from '@app/contracts';
import { PHONE, PHONE_MESSAGE, phoneInput } from '../identity/identity.dto.js';

export class ProducerAccountDto {
  @ApiProperty({ example: '0812345678', description: "the producer's login phone" })
  @Transform(phoneInput)
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
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
  @ApiProperty({ example: '0812345678', description: 'the phone of the existing login (the one given at onboarding)' })
  @Transform(phoneInput)
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ example: '123456', description: 'the 6-digit code the farmer received by SMS' })
  @IsString()
  @Matches(/^[0-9]{6}$/, { message: 'code must be the 6 digits received by SMS' })
  code: string;
}
