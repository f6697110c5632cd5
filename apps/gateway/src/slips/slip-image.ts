import jsQRModule from 'jsqr';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { parseSlipQr, SLIP_MAX_BASE64_CHARS, sniffImageType } from '@app/contracts';
import type { SlipStoredContentType } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** Above this many pixels an upload is refused before it is decoded (a small file can declare a huge image). */
export const SLIP_MAX_INPUT_PIXELS = 40_000_000;
/** The stored copy's long side: a slip stays legible, and the copy fits one NATS message. */
const STORE_LONG_SIDE = 1600;
/** Long sides the whole image is searched at: small first (cheap, and enough for most slips), then larger. */
const SCAN_LONG_SIDES = [1200, 2000];
/** Qualities tried in turn until the base64 copy fits with room to spare for the envelope. */
const QUALITIES = [82, 65, 50, 35];
const STORE_BUDGET = Math.floor(SLIP_MAX_BASE64_CHARS * 0.9);

/**
 * Regions to look in when the whole image yields no slip QR (fractions of width / height: left, top, w, h).
 * The mini QR sits near a corner or the bottom of most Thai bank slips; a phone photo of a screen makes it
 * small and soft, so a region is also enlarged before jsQR sees it.
 */
const REGIONS: readonly [number, number, number, number][] = [
  [0, 0.5, 1, 0.5],
  [0, 0, 1, 0.5],
  [0.5, 0.5, 0.5, 0.5],
  [0, 0.5, 0.5, 0.5],
  [0.5, 0, 0.5, 0.5],
  [0, 0, 0.5, 0.5],
  [0.2, 0.2, 0.6, 0.6],
];
const REGION_LONG_SIDE = 1000;

export interface PreparedSlip {
  qrPayload: string;
  contentType: SlipStoredContentType;
  imageBase64: string;
}

// jsqr is CommonJS (module.exports = jsQR) with ES-module typings: under nodenext its default import is the module object.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

const slipError = (message: string) => DomainError.validation('slip', message);

/**
 * What the gateway does with an uploaded slip before it travels over NATS: checks the type by content,
 * refuses decompression bombs, reads the slip's verification QR (SLIP_UNREADABLE without one) and makes a
 * small, upright WebP copy without EXIF/GPS or any other metadata. The order service decides the rest.
 */
export async function prepareSlip(bytes: Buffer): Promise<PreparedSlip> {
  if (!sniffImageType(bytes)) throw slipError('must be a JPEG, PNG or WebP image');
  const open = () => sharp(bytes, { limitInputPixels: SLIP_MAX_INPUT_PIXELS, failOn: 'error' });
  const meta = await open()
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height) throw slipError('is not a readable image');
  if (meta.width * meta.height > SLIP_MAX_INPUT_PIXELS)
    throw slipError(`is too large an image (more than ${SLIP_MAX_INPUT_PIXELS / 1e6} megapixels)`);
  try {
    const qrPayload = await findSlipQr(open);
    if (!qrPayload) {
      throw new DomainError('SLIP_UNREADABLE', 'No bank verification QR could be read on the slip', [
        {
          field: 'slip',
          message: 'no readable bank verification QR (mini QR); upload the whole slip, sharp and upright',
        },
      ]);
    }
    return { qrPayload, contentType: 'image/webp', imageBase64: await storedCopy(open) };
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw slipError(`could not be decoded (${(e as Error).message})`);
  }
}

type Open = () => Sharp;

interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * The first QR that is a Slip Verify payload: the whole image small then large, enlarged regions, then
 * contrast-stretched. jsQR runs on the event loop, so each pass is bounded (≤ 2000 px, dark-on-light only
 * until the last) and the awaits between passes let other requests through.
 */
async function findSlipQr(open: Open): Promise<string | null> {
  const oriented = await toRaw(
    open()
      .autoOrient()
      .resize(SCAN_LONG_SIDES.at(-1)!, SCAN_LONG_SIDES.at(-1)!, { fit: 'inside', withoutEnlargement: true }),
  );
  const longSide = Math.max(oriented.width, oriented.height);
  for (const side of SCAN_LONG_SIDES) {
    const raw = side >= longSide ? oriented : await toRaw(fromRaw(oriented).resize(side, side, { fit: 'inside' }));
    const hit = scan(raw);
    if (hit) return hit;
    if (side >= longSide) break;
  }
  for (const [l, t, w, h] of REGIONS) {
    const region = {
      left: Math.floor(l * oriented.width),
      top: Math.floor(t * oriented.height),
      width: Math.max(1, Math.floor(w * oriented.width)),
      height: Math.max(1, Math.floor(h * oriented.height)),
    };
    const hit = scan(
      await toRaw(fromRaw(oriented).extract(region).resize(REGION_LONG_SIDE, REGION_LONG_SIDE, { fit: 'inside' })),
    );
    if (hit) return hit;
  }
  return scan(
    await toRaw(
      fromRaw(oriented)
        .resize(SCAN_LONG_SIDES[0], SCAN_LONG_SIDES[0], { fit: 'inside', withoutEnlargement: true })
        .normalise(),
    ),
    'attemptBoth',
  );
}

function scan(
  { data, width, height }: Raw,
  inversionAttempts: 'dontInvert' | 'attemptBoth' = 'dontInvert',
): string | null {
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height, {
    inversionAttempts,
  });
  return code && parseSlipQr(code.data) ? code.data : null;
}

function fromRaw(r: Raw): Sharp {
  return sharp(r.data, { raw: { width: r.width, height: r.height, channels: 4 } });
}

async function toRaw(s: Sharp): Promise<Raw> {
  const { data, info } = await s.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Upright (EXIF orientation applied), at most 1600 px, WebP; sharp writes no metadata unless asked. */
async function storedCopy(open: Open): Promise<string> {
  for (const quality of QUALITIES) {
    const out = await open()
      .autoOrient()
      .resize(STORE_LONG_SIDE, STORE_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality })
      .toBuffer();
    const base64 = out.toString('base64');
    if (base64.length <= STORE_BUDGET) return base64;
  }
  throw slipError('could not be made small enough to store; send a plainer photo of the slip');
}
