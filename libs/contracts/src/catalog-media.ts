import { IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { WholeNumber } from './fields.js';

/**
 * Product photos: uploaded raw to the gateway (checked by content, EXIF dropped, resized to WebP there),
 * sent to the catalog as two small copies, stored behind the catalog's MediaStore and served at a stable,
 * content-addressed path that products keep in `media: [{type: 'photo', url}]`.
 */
export const PHOTO_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_UPLOAD_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
  'application/octet-stream',
] as const;
export const MAX_PHOTOS_PER_PRODUCT = 8;
export const MEDIA_VARIANTS = ['web', 'thumb'] as const;
export type MediaVariant = (typeof MEDIA_VARIANTS)[number];
/** Both copies travel in one NATS message (1 MB): the gateway keeps their base64 under this. */
export const PHOTO_MAX_BASE64_CHARS = 900_000;

/** The path of a stored photo: the id is the SHA-256 of the web copy's bytes, so a path never changes meaning. */
export const MEDIA_PATH = /^\/api\/v1\/media\/[0-9a-f]{64}\/(web|thumb)\.webp$/;
export const mediaPath = (id: string, variant: MediaVariant) => `/api/v1/media/${id}/${variant}.webp`;

export class AddProductPhotoCommand {
  @IsUUID()
  productId: string;

  @IsString()
  @MaxLength(PHOTO_MAX_BASE64_CHARS)
  webBase64: string;

  @IsString()
  @MaxLength(PHOTO_MAX_BASE64_CHARS)
  thumbBase64: string;

  @WholeNumber(1, 100_000)
  width: number;

  @WholeNumber(1, 100_000)
  height: number;
}

export class GetMediaQuery {
  @Matches(/^[0-9a-f]{64}$/)
  id: string;

  @IsIn(MEDIA_VARIANTS)
  variant: MediaVariant;
}

export interface MediaFileV1 {
  contentType: 'image/webp';
  dataBase64: string;
}

/** The share kit's printable poster (A4 PNG), rendered by the catalog. */
export interface SharePosterV1 {
  pngBase64: string;
}
