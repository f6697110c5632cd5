import { fiscalYearOf, todayBangkok } from '../format';

/** The period a dashboard shows, kept in the URL (`?m=2026-03`, `?fy=2569`, `?from=…&to=…`; none: this month). */
export type Period =
  | { kind: 'month'; month: string }
  | { kind: 'fiscalYear'; fiscalYear: number }
  | { kind: 'range'; from: string; to: string };

export const thisMonth = (): string => todayBangkok().slice(0, 7);

export function periodFromQuery(q: URLSearchParams): Period {
  const m = q.get('m');
  const fy = Number(q.get('fy'));
  const from = q.get('from');
  const to = q.get('to');
  if (m && /^\d{4}-(0[1-9]|1[0-2])$/.test(m)) return { kind: 'month', month: m };
  if (Number.isInteger(fy) && fy >= 2500 && fy <= 2700) return { kind: 'fiscalYear', fiscalYear: fy };
  if (from && to && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to))
    return { kind: 'range', from, to };
  return { kind: 'month', month: thisMonth() };
}

export function periodToQuery(p: Period): string {
  if (p.kind === 'month') return `m=${p.month}`;
  if (p.kind === 'fiscalYear') return `fy=${p.fiscalYear}`;
  return `from=${p.from}&to=${p.to}`;
}

/** The API's period parameters. */
export function periodParams(p: Period): { month?: string; fiscalYear?: number; from?: string; to?: string } {
  if (p.kind === 'month') return { month: p.month };
  if (p.kind === 'fiscalYear') return { fiscalYear: p.fiscalYear };
  return { from: p.from, to: p.to };
}

/** The fiscal year a period lies in (targets are per fiscal year); null when it spans two. */
export function periodFiscalYear(p: Period): number | null {
  if (p.kind === 'fiscalYear') return p.fiscalYear;
  if (p.kind === 'month') return fiscalYearOf(`${p.month}-01`);
  const a = fiscalYearOf(p.from);
  return a === fiscalYearOf(p.to) ? a : null;
}

/** Early checks of the period form (the API checks again); the i18n key of each bad field's message. */
export function periodErrors(
  p: Period,
  today = todayBangkok(),
): Partial<Record<'month' | 'from' | 'to' | 'fiscalYear', string>> {
  if (p.kind === 'month') {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(p.month)) return { month: 'admin.period.errMonth' };
    if (p.month > today.slice(0, 7)) return { month: 'admin.period.errFutureMonth' };
    return {};
  }
  if (p.kind === 'fiscalYear')
    return fiscalYearOf(today) < p.fiscalYear ? { fiscalYear: 'admin.period.errFutureYear' } : {};
  const errors: Partial<Record<'from' | 'to', string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.from)) errors.from = 'admin.period.errDate';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.to)) errors.to = 'admin.period.errDate';
  else if (!errors.from && p.to < p.from) errors.to = 'admin.period.errEndBeforeStart';
  return errors;
}
