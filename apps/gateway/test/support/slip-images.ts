import { deflateSync } from 'node:zlib';
import { generate } from 'promptparse';
import QRCode from 'qrcode';
import sharp from 'sharp';

/** A Slip Verify "mini QR" payload as a bank app prints it (promptparse's generator: TLV + CRC-16 in tag 91). */
export function slipPayload(transRef: string, sendingBank = '004'): string {
  return generate.slipVerify({ sendingBank, transRef });
}

/** A fresh transaction reference, like the banks' (date + digits + letters). */
export function newTransRef(): string {
  return `2026${Date.now().toString().slice(-9)}${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
}

/** An SVG "slip": white paper with a few grey lines of text-like bars, and optionally a QR composited near the bottom right. */
async function paper(width: number, height: number): Promise<Buffer> {
  const bars = Array.from(
    { length: 10 },
    (_, i) =>
      `<rect x="${width * 0.08}" y="${height * (0.08 + i * 0.05)}" width="${width * (0.3 + (i % 3) * 0.15)}" height="${height * 0.018}" fill="#555"/>`,
  ).join('');
  return sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${bars}</svg>`,
    ),
  )
    .png()
    .toBuffer();
}

export interface SlipImageOptions {
  /** the QR payload; omit for a slip without a QR */
  payload?: string;
  format?: 'png' | 'jpeg' | 'webp';
  width?: number;
  height?: number;
  /** the QR's side in pixels */
  qrSize?: number;
  /** rotate the finished image (a photo taken sideways) */
  rotate?: number;
}

/** A bank slip image, a QR with the payload near its bottom right (as Thai bank slips carry it). */
export async function slipImage(o: SlipImageOptions = {}): Promise<Buffer> {
  const width = o.width ?? 1080;
  const height = o.height ?? 1600;
  let img = sharp(await paper(width, height));
  if (o.payload) {
    const qrSize = o.qrSize ?? 220;
    const qr = await QRCode.toBuffer(o.payload, { errorCorrectionLevel: 'M', margin: 2, width: qrSize });
    img = sharp(
      await img
        .composite([
          {
            input: qr,
            left: width - qrSize - Math.round(width * 0.08),
            top: height - qrSize - Math.round(height * 0.08),
          },
        ])
        .png()
        .toBuffer(),
    );
  }
  if (o.rotate) img = sharp(await img.rotate(o.rotate, { background: '#fff' }).png().toBuffer());
  const format = o.format ?? 'png';
  return format === 'jpeg'
    ? img.jpeg({ quality: 90 }).toBuffer()
    : format === 'webp'
      ? img.webp().toBuffer()
      : img.png().toBuffer();
}

/** A JPEG slip carrying EXIF with a GPS position and a camera model (what a phone photo leaks). */
export async function slipJpegWithGps(payload: string): Promise<Buffer> {
  const base = await slipImage({ payload, format: 'png' });
  return sharp(base)
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'TP-1', Copyright: 'slip-test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '19/1 9/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '99/1 59/1 0/1' },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A photo of a phone screen: the slip small, slightly rotated, on a grey table, blurred a little. */
export async function photoOfScreen(payload: string): Promise<Buffer> {
  const slip = await sharp(await slipImage({ payload, width: 720, height: 1280, qrSize: 170 }))
    .rotate(7, { background: '#333' })
    .blur(0.8)
    .png()
    .toBuffer();
  return sharp({ create: { width: 2400, height: 3000, channels: 3, background: '#8a8a8a' } })
    .composite([{ input: slip, left: 700, top: 900 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A PNG that declares 20000 × 20000 pixels (400 MP) in a few hundred bytes: a decompression bomb. */
export function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20_000, 0);
  ihdr.writeUInt32BE(20_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  // the first rows of zeros, compressed: the rest of the 400 MB would inflate from a similarly tiny stream
  const idat = deflateSync(Buffer.alloc(20_001 * 64));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
