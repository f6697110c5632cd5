import { DomainError } from '@app/messaging';

/**
 * Report periods. Every boundary is a calendar day in Asia/Bangkok (UTC+7, no daylight saving), so an
 * order completed on 30 Sep 23:59 Bangkok time belongs to the fiscal year that ends that day, and one at
 * 1 Oct 00:00 to the next. Storage stays UTC; the Bangkok day is derived once, when a fact is recorded.
 */
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;
export const MAX_PERIOD_DAYS = 366 * 5;
/** Reports cover fiscal years 2500–2700 B.E. (the bounds fiscalYear accepts), whatever form the period takes. */
const FIRST_DAY = '1956-10-01';
const LAST_DAY = '2157-09-30';
const OUT_OF_RANGE = 'must lie in fiscal years 2500–2700 B.E. (1956-10-01 to 2157-09-30)';

export type PeriodKind = 'fiscalYear' | 'month' | 'range';

export interface Period {
  kind: PeriodKind;
  /** first day, YYYY-MM-DD (Bangkok) */
  from: string;
  /** last day, inclusive */
  to: string;
  fiscalYear?: number;
  month?: string;
  /** the period in Thai with B.E. years, for titles */
  labelTh: string;
}

export interface PeriodQuery {
  fiscalYear?: number | string;
  month?: string;
  from?: string;
  to?: string;
}

/** The Bangkok calendar day of an instant, YYYY-MM-DD. */
export function bangkokDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Bangkok day starts. */
export function bangkokDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BANGKOK_OFFSET_MS);
}

/** Bangkok date and time, "27/11/2569 17:05" style (B.E.). */
export function bangkokDateTimeTh(instant: Date): string {
  const t = new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString();
  return `${Number(t.slice(8, 10))} ${MONTHS_SHORT_TH[Number(t.slice(5, 7)) - 1]} ${Number(t.slice(0, 4)) + 543} ${t.slice(11, 16)} น.`;
}

export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** Thai government fiscal year (B.E.) of a day: FY 2569 = 1 Oct 2025 – 30 Sep 2026. */
export function fiscalYearOf(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return y + 543 + (m >= 10 ? 1 : 0);
}

export function fiscalYearRange(fy: number): { from: string; to: string } {
  const ce = fy - 543;
  return { from: `${ce - 1}-10-01`, to: `${ce}-09-30` };
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function lastDayOfMonth(month: string): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export function previousMonth(month: string): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

const MONTHS_TH = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
const MONTHS_SHORT_TH = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];

export function dayTh(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS_SHORT_TH[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(0, 4)) + 543}`;
}

export function monthTh(month: string): string {
  return `${MONTHS_TH[Number(month.slice(5, 7)) - 1]} ${Number(month.slice(0, 4)) + 543}`;
}

const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

function isRealDay(s: string): boolean {
  return DAY_RE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

/** fiscalYear, month, or from+to — exactly one form; none means the current fiscal year. */
export function parsePeriod(q: PeriodQuery, now = new Date()): Period {
  const forms = [q.fiscalYear !== undefined, q.month !== undefined, q.from !== undefined || q.to !== undefined].filter(
    Boolean,
  ).length;
  if (forms > 1) throw DomainError.validation('fiscalYear', 'give either fiscalYear, month, or from and to');
  if (q.month !== undefined) {
    if (!MONTH_RE.test(q.month)) throw DomainError.validation('month', 'must be YYYY-MM (C.E.), e.g. 2026-03');
    const from = `${q.month}-01`;
    if (from < FIRST_DAY || from > LAST_DAY) throw DomainError.validation('month', OUT_OF_RANGE);
    return { kind: 'month', from, to: lastDayOfMonth(from), month: q.month, labelTh: `เดือน${monthTh(from)}` };
  }
  if (q.from !== undefined || q.to !== undefined) {
    if (q.from === undefined || !isRealDay(q.from))
      throw DomainError.validation('from', 'must be a date YYYY-MM-DD (C.E.)');
    if (q.to === undefined || !isRealDay(q.to)) throw DomainError.validation('to', 'must be a date YYYY-MM-DD (C.E.)');
    if (q.from < FIRST_DAY || q.from > LAST_DAY) throw DomainError.validation('from', OUT_OF_RANGE);
    if (q.to < FIRST_DAY || q.to > LAST_DAY) throw DomainError.validation('to', OUT_OF_RANGE);
    if (q.to < q.from) throw DomainError.validation('to', 'must not be before from');
    if (Date.parse(q.to) - Date.parse(q.from) > MAX_PERIOD_DAYS * 86_400_000)
      throw DomainError.validation('to', `the period may span at most ${MAX_PERIOD_DAYS} days`);
    return { kind: 'range', from: q.from, to: q.to, labelTh: `${dayTh(q.from)} – ${dayTh(q.to)}` };
  }
  const fy = q.fiscalYear === undefined ? fiscalYearOf(bangkokDay(now)) : Number(q.fiscalYear);
  if (!Number.isInteger(fy) || fy < 2500 || fy > 2700)
    throw DomainError.validation('fiscalYear', 'must be a B.E. year such as 2569');
  const r = fiscalYearRange(fy);
  return {
    kind: 'fiscalYear',
    ...r,
    fiscalYear: fy,
    labelTh: `ปีงบประมาณ พ.ศ. ${fy} (${dayTh(r.from)} – ${dayTh(r.to)})`,
  };
}

/** The fiscal year a period lies in entirely, if any: targets apply to it. */
export function fiscalYearCovering(p: Period): number | undefined {
  const fy = fiscalYearOf(p.from);
  return fiscalYearOf(p.to) === fy ? fy : undefined;
}

export interface PeriodBuckets {
  fiscalYears: number[];
  /** first days of whole months */
  months: string[];
  /** inclusive day ranges not covered by a whole month */
  dayRanges: Array<[string, string]>;
}

/**
 * Splits a period into whole fiscal years, whole months and leftover days, so a query reads the coarsest
 * pre-aggregated rows that cover it exactly.
 */
export function bucketsOf(p: Pick<Period, 'from' | 'to'>): PeriodBuckets {
  const out: PeriodBuckets = { fiscalYears: [], months: [], dayRanges: [] };
  let day = p.from;
  while (day <= p.to) {
    if (day.endsWith('-10-01')) {
      const fy = fiscalYearOf(day);
      const end = fiscalYearRange(fy).to;
      if (end <= p.to) {
        out.fiscalYears.push(fy);
        day = addDays(end, 1);
        continue;
      }
    }
    if (day.endsWith('-01') && lastDayOfMonth(day) <= p.to) {
      out.months.push(day);
      day = addDays(lastDayOfMonth(day), 1);
      continue;
    }
    const end = lastDayOfMonth(day) < p.to ? lastDayOfMonth(day) : p.to;
    out.dayRanges.push([day, end]);
    day = addDays(end, 1);
  }
  return out;
}

export interface SumBuckets extends PeriodBuckets {
  /** inclusive day ranges to take away again (the rest of a month counted whole) */
  minusDayRanges: Array<[string, string]>;
}

/**
 * Buckets for figures that add and subtract (sales, revenue): a leftover stretch covering more than half
 * of its month is counted as the whole month less the days outside the period, so at most 15 days of each
 * partial month are read from the facts (2 Nov – 30 Jan reads 2 days of facts instead of 59).
 */
export function sumBucketsOf(p: Pick<Period, 'from' | 'to'>): SumBuckets {
  const b = bucketsOf(p);
  const out: SumBuckets = { fiscalYears: b.fiscalYears, months: [...b.months], dayRanges: [], minusDayRanges: [] };
  const days = (a: string, z: string) =>
    Math.round((Date.parse(`${z}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000) + 1;
  for (const [a, z] of b.dayRanges) {
    const month = monthOf(a);
    const end = lastDayOfMonth(month);
    if (days(a, z) * 2 <= days(month, end)) {
      out.dayRanges.push([a, z]);
      continue;
    }
    out.months.push(month);
    if (a > month) out.minusDayRanges.push([month, addDays(a, -1)]);
    if (z < end) out.minusDayRanges.push([addDays(z, 1), end]);
  }
  return out;
}

/** Months (first days) overlapping a period, for the monthly series. */
export function monthsOverlapping(p: Pick<Period, 'from' | 'to'>): string[] {
  const out: string[] = [];
  for (let m = monthOf(p.from); m <= p.to; m = addDays(lastDayOfMonth(m), 1)) out.push(m);
  return out;
}
