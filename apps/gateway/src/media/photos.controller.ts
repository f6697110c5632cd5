import { Controller, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { CatalogSubjects, MAX_PHOTOS_PER_PRODUCT, PHOTO_UPLOAD_MAX_BYTES } from '@app/contracts';
import { ProductV1 } from '@app/contracts';
import type { MediaFileV1, SharePosterV1 } from '@app/contracts';
import { Create, Read } from '../http/endpoint.js';
import { storedImage } from '../http/file-answer.js';
import { Ctx, Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { ImageBody, imageBytes, ImageUpload, PHOTO_UPLOAD_ROUTE } from '../slips/slip-body.js';
import { PHOTO_MAX_INPUT_PIXELS, preparePhoto, THUMB_LONG_SIDE, WEB_LONG_SIDE } from './photo-image.js';

class ProductParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'id must be a product id (UUID)' })
  id: string;
}

const MEDIA_FILES = ['web.webp', 'thumb.webp'] as const;

class MediaParams {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the web copy' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'id must be a media id (64 hex digits)' })
  id: string;

  @ApiProperty({ enum: MEDIA_FILES })
  @IsIn(MEDIA_FILES, { message: `file must be one of ${MEDIA_FILES.join(', ')}` })
  file: (typeof MEDIA_FILES)[number];
}

const MB = PHOTO_UPLOAD_MAX_BYTES / 1024 / 1024;
/** Content-addressed: the bytes behind a media path never change, so any cache may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const POSTER_TIMEOUT_MS = 30_000;

/**
 * Product photos from the producer's phone and the printable share poster. The gateway checks and
 * normalises the image (like a slip); the catalog decides who may add it to which product, and stores it.
 */
@ApiTags('products')
@Controller()
export class PhotosController {
  constructor(private readonly services: ServiceClient) {}

  @Create('products/:id/photos', {
    summary:
      "Add a photo to a product (its producer, or an administrator of the producer's area); it is appended to `media`",
    description:
      `The body is the image itself (JPEG, PNG, WebP, or HEIC/AVIF where this server can decode it; checked by content, not by name or Content-Type; ` +
      `at most ${MB} MB and ${PHOTO_MAX_INPUT_PIXELS / 1e6} megapixels), at most ${MAX_PHOTOS_PER_PRODUCT} photos per product. ` +
      `Stored as an upright WebP of at most ${WEB_LONG_SIDE} px and a ${THUMB_LONG_SIDE} px thumbnail, without EXIF (no GPS) or any other metadata, ` +
      'at `/api/v1/media/{id}/web.webp` and `/thumb.webp` (id = SHA-256 of the web copy). The same photo again is the photo already there. ' +
      `Errors name the field \`photo\`: 400 VALIDATION_FAILED (not an image, unreadable, too many pixels, already ${MAX_PHOTOS_PER_PRODUCT} photos), 413 PAYLOAD_TOO_LARGE.`,
    returns: 'The product, its media ending with the new photo',
    type: ProductV1,
  })
  @ApiBearerAuth()
  @ImageUpload(PHOTO_UPLOAD_ROUTE, 'the photo bytes')
  async addPhoto(
    @Param() p: ProductParams,
    @ImageBody() body: unknown,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductV1> {
    const image = imageBytes(PHOTO_UPLOAD_ROUTE, body);
    // the catalog decides who may add it (one home for that rule); the gateway only makes the image safe to carry
    return this.services.call<ProductV1>(
      CatalogSubjects.addProductPhoto,
      { productId: p.id, ...(await preparePhoto(image)) },
      ctx,
    );
  }

  @Public()
  @Read('media/:id/:file', {
    summary: 'A stored product photo: the web copy (≤ 1600 px) or the thumbnail (≤ 400 px), WebP without metadata',
    description:
      'Content-addressed and immutable: `Cache-Control: public, max-age=31536000, immutable`. Unknown id → 404.',
    returns: 'the image',
    files: ['image/webp'],
  })
  async media(
    @Param() p: MediaParams,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const f = await this.services.call<MediaFileV1>(
      CatalogSubjects.getMedia,
      { id: p.id, variant: p.file.replace('.webp', '') },
      ctx,
    );
    return storedImage(reply, f.contentType, IMMUTABLE, f.dataBase64);
  }

  @Public()
  @Read('products/:id/share/poster.png', {
    summary:
      'The share kit as a printable A4 poster (PNG, 1240 × 1754): programme name, product name, price per unit, the QR of the pre-order link, producer and LAO',
    description:
      'For a market stall. Rendered on the server with the Sarabun font, so Thai text looks the same everywhere. Unknown product → 404.',
    returns: 'the poster',
    files: ['image/png'],
  })
  async poster(
    @Param() p: ProductParams,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    // rendering is CPU work on the catalog: more time than a lookup before answering 503
    const poster = await this.services.call<SharePosterV1>(
      CatalogSubjects.getSharePoster,
      { id: p.id },
      ctx,
      POSTER_TIMEOUT_MS,
    );
    reply.header('content-type', 'image/png');
    // the product's name or price may change: a short public cache. No Content-Disposition: the same URL is
    // the page's preview image, and the page's link saves it with its `download` attribute
    reply.header('cache-control', 'public, max-age=300');
    return Buffer.from(poster.pngBase64, 'base64');
  }
}
