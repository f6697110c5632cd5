import sharp from 'sharp';
import { PHOTO_MAX_BASE64_CHARS, sniffImageType } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** Above this many pixels an upload is refused before it is decoded (a small file can declare a huge image). */
export const PHOTO_MAX_INPUT_PIXELS = 50_000_000;
/** The web copy's long side (a phone screen, a Facebook share) and the thumbnail's (lists, cards). */
export const WEB_LONG_SIDE = 1600;
export const THUMB_LONG_SIDE = 400;
const QUALITIES = [80, 68, 55, 42];
const BUDGET = Math.floor(PHOTO_MAX_BASE64_CHARS * 0.9);

export interface PreparedPhoto {
  webBase64: string;
  thumbBase64: string;
  width: number;
  height: number;
}

const photoError = (message: string) => DomainError.validation('photo', message);

/** HEIF/HEIC/AVIF by their ISO-BMFF `ftyp` box: sharp may read AVIF; HEIC (HEVC) only where libvips has the codec. */
export function isHeif(bytes: Buffer): boolean {
  return (
    bytes.length >= 12 &&
    bytes.toString('latin1', 4, 8) === 'ftyp' &&
    /^(heic|heix|hevc|heim|heis|mif1|msf1|avif|avis)$/.test(bytes.toString('latin1', 8, 12))
  );
}

/**
 * What the gateway does with an uploaded product photo before it travels over NATS (like a slip): the type
 * by content, decompression bombs refused by `limitInputPixels`, and two upright WebP copies — the web copy
 * and the thumbnail — written without any metadata, so EXIF (GPS, camera serial) never leaves the gateway.
 */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto> {
  const heif = isHeif(bytes);
  if (!sniffImageType(bytes) && !heif) throw photoError('must be a photo (JPEG, PNG, WebP or HEIC)');
  const open = () => sharp(bytes, { limitInputPixels: PHOTO_MAX_INPUT_PIXELS, failOn: 'error' });
  const meta = await open()
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height)
    throw photoError(
      heif
        ? 'HEIC could not be read here; send it as JPEG (the camera’s “most compatible” setting)'
        : 'is not a readable image',
    );
  if (meta.width * meta.height > PHOTO_MAX_INPUT_PIXELS)
    throw photoError(`is too large an image (more than ${PHOTO_MAX_INPUT_PIXELS / 1e6} megapixels)`);
  try {
    const thumb = await open()
      .autoOrient()
      .resize(THUMB_LONG_SIDE, THUMB_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    const thumbBase64 = thumb.toString('base64');
    for (const quality of QUALITIES) {
      const { data, info } = await open()
        .autoOrient()
        .resize(WEB_LONG_SIDE, WEB_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality })
        .toBuffer({ resolveWithObject: true });
      const webBase64 = data.toString('base64');
      if (webBase64.length + thumbBase64.length <= BUDGET)
        return { webBase64, thumbBase64, width: info.width, height: info.height };
    }
  } catch (e) {
    throw photoError(`could not be decoded (${(e as Error).message})`);
  }
  throw photoError('could not be made small enough to store; send a plainer photo');
}
