import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAO_TYPES } from './geography.js';
import type { LaoType } from './geography.js';
import { trim, LAO_CODE } from './catalog-validation.js';

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
