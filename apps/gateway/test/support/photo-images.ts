import sharp from 'sharp';

/** A phone photo: a gradient with a few shapes (compresses like a photo, not like a flat colour). */
export async function farmPhoto(
  o: { width?: number; height?: number; hue?: string; gps?: boolean; format?: 'jpeg' | 'png' } = {},
): Promise<Buffer> {
  const width = o.width ?? 2400;
  const height = o.height ?? 1800;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${o.hue ?? '#f4a300'}"/><stop offset="1" stop-color="#2e7d32"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.4}" cy="${height * 0.5}" r="${height * 0.25}" fill="#ffcc33"/>
    <circle cx="${width * 0.65}" cy="${height * 0.45}" r="${height * 0.2}" fill="#ff9900"/>
  </svg>`;
  const img = sharp(Buffer.from(svg));
  if (o.format === 'png') return img.png().toBuffer();
  return (
    o.gps
      ? img.withExif({
          IFD0: { Make: 'TestPhone', Model: 'TP-1' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '19/1 9/1 0/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '99/1 59/1 0/1',
          },
        })
      : img
  )
    .jpeg({ quality: 88 })
    .toBuffer();
}
