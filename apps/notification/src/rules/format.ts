import type { Language } from '@app/contracts';
import type { TemplateValues } from './templates.js';

/** The facts a rule found, before they are written in the reader's language. */
export interface Facts {
  product?: string | null;
  quantity?: number | null;
  requested?: number | null;
  unit?: string | null;
  amountSatang?: number | null;
  refundSatang?: number | null;
  deadline?: string | null;
  place?: string | null;
  carrier?: string | null;
  tracking?: string | null;
  orderNumber?: string | null;
  /** place in a waitlist (1 = next) */
  position?: number | null;
  /** how many (the daily summary's new reservations, flagged sales) */
  count?: number | null;
  /** a month, YYYY-MM (a report's) */
  month?: string | null;
}

const UNITS: Record<Language, Record<string, string>> = {
  th: { kg: 'กิโลกรัม', box: 'กล่อง', piece: 'ชิ้น', bunch: 'พวง', bag: 'ถุง', other: 'หน่วย' },
  en: { kg: 'kg', box: 'boxes', piece: 'pieces', bunch: 'bunches', bag: 'bags', other: 'units' },
};

function baht(satang: number | null | undefined, lang: Language): string | null {
  if (satang === null || satang === undefined || !Number.isSafeInteger(satang)) return null;
  return new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    minimumFractionDigits: satang % 100 ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(satang / 100);
}

/** A time as a Thai reader reads it: Bangkok time, Buddhist-era date in Thai. */
export function when(iso: string | null | undefined, lang: Language): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    timeZone: 'Asia/Bangkok',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/** A month as its reader names it: "พฤศจิกายน 2569" (Buddhist era), "November 2026". */
export function monthName(month: string | null | undefined, lang: Language): string | null {
  const m = month ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  if (!m) return null;
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** The template values of the facts in one language; a fact that is missing stays missing. */
export function valuesOf(f: Facts, lang: Language, link: string | null): TemplateValues {
  return {
    product: f.product,
    quantity: f.quantity,
    requested: f.requested,
    unit: f.unit ? (UNITS[lang][f.unit] ?? f.unit) : null,
    amount: baht(f.amountSatang, lang),
    refund: baht(f.refundSatang, lang),
    deadline: when(f.deadline, lang),
    place: f.place,
    carrier: f.carrier,
    tracking: f.tracking,
    orderNumber: f.orderNumber,
    position: f.position,
    count: f.count,
    month: monthName(f.month, lang),
    link,
  };
}
