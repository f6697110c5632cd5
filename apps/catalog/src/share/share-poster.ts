import QRCode from 'qrcode';
import sharp from 'sharp';
import type { ProductV1 } from '@app/contracts';
import { formatBaht, UNIT_TH } from './caption.js';
import { sarabunFile } from './thai-font.js';

/** A4 portrait at 150 dpi: prints sharp on an office printer, small enough to send in one message. */
export const POSTER_WIDTH = 1240;
export const POSTER_HEIGHT = 1754;
const MARGIN = 80;
const GREEN = '#1b5e20';
const INK = '#1a1a1a';
const MUTED = '#555555';
export const PROGRAMME_NAME = 'ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา';

const markup = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** One block of Thai text, centred and wrapped to the poster's width, as a transparent PNG. */
async function text(
  s: string,
  opts: { size: number; bold?: boolean; color: string; width?: number },
): Promise<{ input: Buffer; height: number; width: number }> {
  const weight = opts.bold ? 700 : 400;
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${opts.color}">${markup(s)}</span>`,
      font: `Sarabun${opts.bold ? ' Bold' : ''} ${opts.size}`,
      fontfile: sarabunFile(weight),
      width: opts.width ?? POSTER_WIDTH - 2 * MARGIN,
      align: 'centre',
      wrap: 'word-char',
      rgba: true,
      dpi: 72,
      spacing: Math.round(opts.size * 0.25),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, height: info.height, width: info.width };
}

/**
 * Loads the fonts and Pango once (the first text render of a process can take seconds while fontconfig
 * scans the system), so the first farmer to ask for a poster does not wait for it.
 */
export function warmUpPosterFonts(): Promise<unknown> {
  return Promise.all([text('ก', { size: 12, color: INK }), text('ก', { size: 12, bold: true, color: INK })]).catch(
    () => undefined,
  );
}

/**
 * The poster to print and stick at a market stall: the programme's name, the product, its price per unit,
 * the QR code of its pre-order page, and the LAO — everything a passer-by needs to scan and order.
 */
export async function renderSharePoster(product: ProductV1, url: string): Promise<Buffer> {
  const qrSize = 760;
  const qr = await QRCode.toBuffer(url, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: qrSize,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const blocks = [
    { gap: 0, block: await text(PROGRAMME_NAME, { size: 40, bold: true, color: '#ffffff' }) },
    { gap: 90, block: await text(product.name, { size: 76, bold: true, color: INK }) },
    {
      gap: 24,
      block: await text(`${formatBaht(product.priceSatang).replace(/\.00$/, '')} ต่อ${UNIT_TH[product.unit]}`, {
        size: 64,
        bold: true,
        color: GREEN,
      }),
    },
    { gap: 30, block: { input: qr, width: qrSize, height: qrSize } },
    { gap: 16, block: await text('สแกนเพื่อสั่งจองล่วงหน้า', { size: 48, bold: true, color: INK }) },
    {
      gap: 16,
      block: await text(
        `${product.producerName} · ${product.place.laoDisplayNameTh} จ.${product.place.provinceNameTh}`,
        { size: 34, color: MUTED },
      ),
    },
    { gap: 8, block: await text(url, { size: 26, color: MUTED }) },
  ];
  const bandHeight = blocks[0].block.height + 80;
  let top = 40;
  const layers = blocks.map(({ gap, block }, i) => {
    top += gap;
    const layer = { input: block.input, top: i === 0 ? 40 : top, left: Math.round((POSTER_WIDTH - block.width) / 2) };
    top = i === 0 ? bandHeight : top + block.height;
    return layer;
  });
  // the content sits in the middle of the white part of the page rather than leaving the bottom third empty
  const slack = Math.max(0, Math.floor((POSTER_HEIGHT - MARGIN - top) / 2));
  for (const layer of layers.slice(1)) layer.top += slack;
  top += slack;
  const band = await sharp({ create: { width: POSTER_WIDTH, height: bandHeight, channels: 3, background: GREEN } })
    .png()
    .toBuffer();
  return sharp({
    create: { width: POSTER_WIDTH, height: Math.max(POSTER_HEIGHT, top + MARGIN), channels: 3, background: '#ffffff' },
  })
    .composite([{ input: band, top: 0, left: 0 }, ...layers])
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
