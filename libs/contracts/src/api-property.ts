import { ApiProperty } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';

/**
 * The few property kinds every response class repeats, as @ApiProperty with the OpenAPI type written
 * out (the class's TypeScript type cannot tell a uuid from a name, or satang from a count). Each takes
 * the usual options on top: `nullable`, `required: false`, `description`, `example`.
 */
interface Options {
  description?: string;
  example?: unknown;
  nullable?: boolean;
  required?: boolean;
  format?: string;
  isArray?: boolean;
  minimum?: number;
  maximum?: number;
}
type Described = string | Options;
const options = (o: Described = {}): ApiPropertyOptions =>
  (typeof o === 'string' ? { description: o } : o) as ApiPropertyOptions;

export const ApiString = (o?: Described) => ApiProperty({ type: String, ...options(o) });
export const ApiUuid = (o?: Described) => ApiProperty({ type: String, format: 'uuid', ...options(o) });
/** An ISO 8601 instant in UTC (clients show it in Asia/Bangkok). */
export const ApiDateTime = (o?: Described) => ApiProperty({ type: String, format: 'date-time', ...options(o) });
/** A calendar date, YYYY-MM-DD. */
export const ApiDate = (o?: Described) => ApiProperty({ type: String, format: 'date', ...options(o) });
export const ApiInt = (o?: Described) => ApiProperty({ type: 'integer', ...options(o) });
export const ApiBool = (o?: Described) => ApiProperty({ type: Boolean, ...options(o) });
/** Money: an integer number of satang (1 baht = 100 satang), never floating baht. */
export const ApiSatang = (o?: Described) => {
  const { description, ...rest } = options(o);
  return ApiProperty({ type: 'integer', description: description ? `satang: ${description}` : 'satang', ...rest });
};
/** One of a constant list (the `as const` arrays beside each type). */
export const ApiEnum = (values: readonly (string | number)[], o?: Described) =>
  ApiProperty({ enum: [...values], ...options(o) });
/** The 7-digit DLA code of an LAO, the 4-digit district code and the 2-digit province code. */
export const ApiLaoCode = (o?: Described) => ApiProperty({ type: String, example: '4560501', ...options(o) });
export const ApiDistrictCode = (o?: Described) => ApiProperty({ type: String, example: '5605', ...options(o) });
export const ApiProvinceCode = (o?: Described) => ApiProperty({ type: String, example: '56', ...options(o) });
