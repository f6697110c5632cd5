import sharp from 'sharp';
import { SLIP_MAX_BASE64_CHARS } from '@app/contracts';
import {
  newTransRef,
  photoOfScreen,
  pngBomb,
  slipImage,
  slipJpegWithGps,
  slipPayload,
} from '../../test/support/slip-images.js';
import { prepareSlip } from './slip-image.js';

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { code: string; fields?: { field: string }[] }) => `${e.code} ${e.fields?.map((f) => f.field).join()}`,
  );

describe('preparing an uploaded slip in the gateway', () => {
  it.each([
    ['a PNG', { format: 'png' as const }],
    ['a JPEG', { format: 'jpeg' as const }],
    ['a WebP', { format: 'webp' as const }],
    ['a slip photographed sideways', { format: 'jpeg' as const, rotate: 90 }],
    ['a large scan with a small QR', { format: 'png' as const, width: 3000, height: 4200, qrSize: 200 }],
  ])('reads the QR of %s and stores an upright WebP of at most 1600 px', async (_, o) => {
    const payload = slipPayload(newTransRef());
    const prepared = await prepareSlip(await slipImage({ payload, ...o }));
    expect(prepared.qrPayload).toBe(payload);
    expect(prepared.contentType).toBe('image/webp');
    expect(prepared.imageBase64.length).toBeLessThan(SLIP_MAX_BASE64_CHARS);
    const meta = await sharp(Buffer.from(prepared.imageBase64, 'base64')).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1600);
  });

  it('finds the QR in a phone photo of a screen', async () => {
    const payload = slipPayload(newTransRef());
    expect((await prepareSlip(await photoOfScreen(payload))).qrPayload).toBe(payload);
  });

  it('drops EXIF (GPS, camera) from the stored copy', async () => {
    const upload = await slipJpegWithGps(slipPayload(newTransRef()));
    expect((await sharp(upload).metadata()).exif).toBeDefined();
    const stored = await sharp(Buffer.from((await prepareSlip(upload)).imageBase64, 'base64')).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.iptc).toBeUndefined();
  });

  it('refuses text named .jpg, a PNG bomb, a broken image, an image without a slip QR, and a QR that is no slip', async () => {
    expect(await codeOf(prepareSlip(Buffer.from('this is not an image, whatever its name says')))).toBe(
      'VALIDATION_FAILED slip',
    );
    expect(await codeOf(prepareSlip(pngBomb()))).toBe('VALIDATION_FAILED slip');
    const png = await slipImage({ payload: slipPayload(newTransRef()) });
    expect(await codeOf(prepareSlip(png.subarray(0, 200)))).toBe('VALIDATION_FAILED slip');
    expect(await codeOf(prepareSlip(await slipImage()))).toBe('SLIP_UNREADABLE slip');
    expect(await codeOf(prepareSlip(await slipImage({ payload: 'https://example.com/not-a-slip' })))).toBe(
      'SLIP_UNREADABLE slip',
    );
  });
});
