import type { ContactsV1, ProductUnit } from '@app/contracts';

export const UNIT_TH: Record<ProductUnit, string> = {
  kg: 'กิโลกรัม',
  box: 'กล่อง',
  piece: 'ชิ้น',
  bunch: 'พวง',
  bag: 'ถุง',
  other: 'หน่วย',
};

/** Satang as Thai readers write baht: ฿1,234.50 (integer arithmetic, never floating baht). */
export function formatBaht(satang: number): string {
  const baht = Math.floor(satang / 100);
  const rest = String(satang % 100).padStart(2, '0');
  return `฿${baht.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest}`;
}

/** The start of the story, cut at a space or line break near the limit when Thai text offers one. */
export function excerpt(text: string, max = 280): string {
  const t = text.trim().replace(/\s*\n\s*/g, ' ');
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max * 0.6 ? cut : max).trimEnd()}…`;
}

export function contactLine(c: ContactsV1): string | null {
  const parts = [
    c.phone && `โทร ${c.phone}`,
    c.lineId && `LINE ${c.lineId}`,
    c.facebookUrl && `Facebook ${c.facebookUrl}`,
    c.tiktokUrl && `TikTok ${c.tiktokUrl}`,
  ].filter(Boolean);
  return parts.length ? `ติดต่อ: ${parts.join(' | ')}` : null;
}

export interface CaptionInput {
  name: string;
  story: string | null;
  description: string | null;
  priceSatang: number;
  unit: ProductUnit;
  /** already filtered: only what the producer consented to publish */
  contacts: ContactsV1;
  url: string;
  hashtags: string;
}

/** A Thai caption ready to paste into a Facebook or TikTok post. */
export function shareCaption(p: CaptionInput): string {
  const story = p.story?.trim() || p.description?.trim();
  return [
    p.name,
    story ? excerpt(story) : null,
    `ราคา ${formatBaht(p.priceSatang)} ต่อ${UNIT_TH[p.unit]}`,
    contactLine(p.contacts),
    `สั่งจองล่วงหน้าได้ที่ ${p.url}`,
    '',
    p.hashtags,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}
