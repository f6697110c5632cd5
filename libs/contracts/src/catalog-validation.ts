import { Matches, ValidateIf } from 'class-validator';
import type { ContentPlatform } from './catalog.js';

/** Shared by the catalog's command classes (the same classes validate at the gateway and in the catalog). */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };
export const httpUrlMessage = (o: { property: string }) => `${o.property} must be an http or https URL`;
const LAO_CODE = /^\d{7}$/;

export const CONTENT_PLATFORMS = [
  'facebook',
  'tiktok',
  'youtube',
  'instagram',
  'line',
  'other',
] as const satisfies readonly ContentPlatform[];
export const MEDIA_TYPES = ['photo', 'video'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/**
 * Like IsOptional, but only an absent field is skipped: null is validated (and so refused). For fields a
 * PATCH cannot clear, where IsOptional would let null through to be silently ignored as "keep".
 */
export const IsOptionalNotNull = () => ValidateIf((_o: object, value: unknown) => value !== undefined);

/** The codes of places (Department of Provincial Administration / DLA), one definition for every boundary. */
export const IsProvinceCode = () =>
  Matches(/^\d{2}$/, { message: (a) => `${a.property} must be a 2-digit province code` });
export const IsDistrictCode = () =>
  Matches(/^\d{4}$/, { message: (a) => `${a.property} must be a 4-digit district code` });
export const IsLaoCode = () => Matches(LAO_CODE, { message: (a) => `${a.property} must be a 7-digit DLA code` });
