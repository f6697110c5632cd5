import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsDistrictCode, IsLaoCode, IsOptionalNotNull, IsProvinceCode, trim } from './catalog-validation.js';

/**
 * The field kinds the request classes repeat, each one composed decorator: its OpenAPI property and its
 * validation written once, so every class taking a province code (say) takes it the same way and with the
 * same message. Build a new kind with `field(...)`; a class still declares each of its properties.
 */

/**
 * Decorators as they would read stacked above a property. Stacked decorators apply bottom-up, and the order
 * class-validator receives them is the order of its messages, so `field` applies them the same way.
 */
export const field = (...decorators: PropertyDecorator[]): PropertyDecorator =>
  applyDecorators(...[...decorators].reverse());

/**
 * How a field may be left out: `required`; `optional` (absent or null: not given, as a filter);
 * `notNull` (absent: not given, null refused — a PATCH field that cannot be cleared).
 */
export type Presence = 'required' | 'optional' | 'notNull';

/** The OpenAPI property and the optionality of a field, by its presence. */
export const presence = (p: Presence, api: ApiPropertyOptions = {}): PropertyDecorator =>
  p === 'required'
    ? ApiProperty(api)
    : field(ApiPropertyOptional(api), p === 'optional' ? IsOptional() : IsOptionalNotNull());

/** The codes of places (2-digit province, 4-digit district, 7-digit DLA code of an LAO); filters by default. */
export const ProvinceCodeField = (p: Presence = 'optional', api: ApiPropertyOptions = {}) =>
  field(presence(p, { example: '56', ...api }), IsProvinceCode());
export const DistrictCodeField = (p: Presence = 'optional', api: ApiPropertyOptions = {}) =>
  field(presence(p, { example: '5605', ...api }), IsDistrictCode());
export const LaoCodeField = (p: Presence = 'optional', api: ApiPropertyOptions = {}) =>
  field(presence(p, { example: '4560501', ...api }), IsLaoCode());

/** One of a constant list (the `as const` arrays beside each type): the OpenAPI enum and the check from one list. */
export const OneOfField = (
  values: readonly (string | number)[],
  p: Presence = 'required',
  api: ApiPropertyOptions = {},
) => field(presence(p, { enum: values as (string | number)[], ...api }), IsIn(values as (string | number)[]));

/** A whole number from `min` to `max` (quantities, percentages, counts): past them a value is a typo. */
export const WholeNumber = (min: number, max: number) => field(IsInt(), Min(min), Max(max));

/** A text that is trimmed, then must hold 1 to `max` characters (names). */
export const TrimmedText = (max: number) => field(Transform(trim), IsString(), MinLength(1), MaxLength(max));

/** A text that must not be only white space, at most `max` characters (references, reasons). */
export const NotBlankText = (max: number) =>
  field(IsString(), Matches(/\S/, { message: (a) => `${a.property} must not be blank` }), MaxLength(max));

/** A UUID, named in its message (`orderId must be a UUID`). */
export const IsUuid = () => IsUUID(undefined, { message: (a) => `${a.property} must be a UUID` });

/** One nested object validated as its class (`() => ContactsDto`). */
export const NestedObject = (type: () => new () => object) => field(IsObject(), ValidateNested(), Type(type));
