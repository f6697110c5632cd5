import { DistrictCodeField, field, LaoCodeField, OneOfField, TrimmedText } from './fields.js';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAO_TYPES } from './geography.js';
import type { LaoType } from './geography.js';
import { IsLaoCode } from './catalog-validation.js';

/** A latitude (90) or longitude (180) in degrees, optional. */
const Degrees = (max: number) => field(ApiPropertyOptional(), IsOptional(), IsNumber(), Min(-max), Max(max));

// --- LAOs (dla_admin adds or corrects) ----------------------------------------------------------

export class UpdateLaoFields {
  @OneOfField(LAO_TYPES, 'optional')
  type?: LaoType;

  @ApiPropertyOptional({ example: 'เทศบาลเมือง', description: 'Thai type word; derived from type when omitted' })
  @IsOptional()
  @TrimmedText(100)
  typeTh?: string;

  @ApiPropertyOptional({ example: 'ดอกคำใต้' })
  @IsOptional()
  @TrimmedText(200)
  nameTh?: string;

  @DistrictCodeField()
  districtCode?: string;

  @Degrees(90)
  lat?: number;

  @Degrees(180)
  lon?: number;
}

export class UpdateLaoCommand extends UpdateLaoFields {
  @IsLaoCode()
  code: string;
}

export class CreateLaoCommand {
  @LaoCodeField('required', { example: '4560599' })
  code: string;

  @OneOfField(LAO_TYPES)
  type: LaoType;

  @ApiPropertyOptional({ example: 'เทศบาลตำบล', description: 'Thai type word; derived from type when omitted' })
  @IsOptional()
  @TrimmedText(100)
  typeTh?: string;

  @ApiProperty({ example: 'บ้านใหม่' })
  @TrimmedText(200)
  nameTh: string;

  @DistrictCodeField('required')
  districtCode: string;

  @Degrees(90)
  lat?: number;

  @Degrees(180)
  lon?: number;
}
