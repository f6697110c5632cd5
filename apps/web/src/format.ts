import { currentLang } from './i18n';

/**
 * Numbers, money and dates for people: baht from integer satang, dates in the Buddhist era (th-TH's
 * calendar) and always in Bangkok time, whatever the device's zone.
 */
const TZ = 'Asia/Bangkok';
const locale = () => (currentLang() === 'en' ? 'en-GB' : 'th-TH');

export function baht(satang: number): string {
  const whole = satang % 100 === 0;
  return `฿${(satang / 100).toLocaleString(locale(), { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}

export function num(n: number): string {
  return n.toLocaleString(locale());
}

/** Spaces inside one date never break a line ("12 ม.ค." on one line, "2570" on the next reads badly). */
const keep = (s: string) => s.replace(/ /g, '\u00a0');

/** A calendar date (YYYY-MM-DD) as a Thai date: 1 มิ.ย. 2569. */
export function day(isoDate: string): string {
  return keep(
    new Date(`${isoDate.slice(0, 10)}T12:00:00+07:00`).toLocaleDateString(locale(), {
      timeZone: TZ,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }),
  );
}

export function dateTime(iso: string): string {
  return keep(
    new Date(iso).toLocaleString(locale(), {
      timeZone: TZ,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
  );
}

export function timeOnly(iso: string): string {
  return new Date(iso).toLocaleTimeString(locale(), { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
}

export function dayRange(start: string, end: string): string {
  return start.slice(0, 10) === end.slice(0, 10) ? day(start) : `${day(start)} – ${day(end)}`;
}

/** A pickup window: one day with two times, or two moments. */
export function windowText(w: { start: string; end: string }): string {
  const sameDay =
    new Date(w.start).toLocaleDateString('en-CA', { timeZone: TZ }) ===
    new Date(w.end).toLocaleDateString('en-CA', { timeZone: TZ });
  return sameDay ? `${dateTime(w.start)} – ${timeOnly(w.end)}` : `${dateTime(w.start)} – ${dateTime(w.end)}`;
}

/** An instant as the value of a `datetime-local` input, in Bangkok time (YYYY-MM-DDTHH:mm). */
export function toBangkokInput(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TZ,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A `datetime-local` value typed in Bangkok time as an ISO 8601 instant with its offset (Thailand has no DST). */
export function fromBangkokInput(value: string): string {
  return `${value}:00+07:00`;
}

/** Today's calendar date in Bangkok (YYYY-MM-DD), whatever the device's zone. */
export function todayBangkok(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: TZ });
}

/** The Thai fiscal year (B.E.) a Bangkok date falls in: 1 Oct 2025 – 30 Sep 2026 is FY 2569. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  return y + 543 + (m >= 10 ? 1 : 0);
}

/** The first and last day (C.E., inclusive) of a fiscal year given in B.E. */
export function fiscalYearRange(fy: number): { from: string; to: string } {
  return { from: `${fy - 544}-10-01`, to: `${fy - 543}-09-30` };
}

/** A calendar month (YYYY-MM) in the Buddhist era: มีนาคม 2569 (short: มี.ค. 69). */
export function monthLabel(month: string, short = false): string {
  return keep(
    new Date(`${month}-15T12:00:00+07:00`).toLocaleDateString(locale(), {
      timeZone: TZ,
      month: short ? 'short' : 'long',
      year: short ? '2-digit' : 'numeric',
    }),
  );
}

/** A percentage with one decimal (progress against a target). */
export function percent(p: number): string {
  return `${p.toLocaleString(locale(), { maximumFractionDigits: 1 })}%`;
}
