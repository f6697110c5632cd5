import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Erasing is for good: the consumer confirms with their password (a borrowed phone's open session is not enough). */
export class EraseMeDto {
  @ApiProperty({ description: "the account's current password" })
  @IsString({ message: 'password must be the account password' })
  @MinLength(1, { message: 'password is required' })
  @MaxLength(200)
  password: string;
}
