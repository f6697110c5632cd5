import { fiscalYearOf, fiscalYearRange } from '../periods/period.js';

/**
 * Producer presence — where the beneficiary rule is stored. Beneficiaries are the distinct producers with
 * at least one counted (not fully refunded) completed order in the period, a community enterprise weighing
 * its largest member count on those orders, anyone else 1. They never add up across months or areas, so
 * presence is kept per (fiscal year, level, area, producer) for every level of area, with a bitmap of the
 * days of the fiscal year the producer sold there. An area's beneficiaries for any period inside a fiscal
 * year are then a SUM over its rows whose bits meet the period's range of days.
 *
 * member_count is the largest count of the year; member_counts (one per day) exists only for a producer
 * whose count changed during the year, so a period takes the largest within its own days. Its statements
 * (the completion's mark, the refresh from facts, the spans a report reads): presence.repository.ts.
 */
export type PresenceLevel = 'lao' | 'district' | 'province' | 'nation';

/** The part of a period inside one fiscal year, as 0-based day indexes; `whole` when it is the whole year. */
export interface PresenceSpan {
  fiscalYear: number;
  first: number;
  last: number;
  whole: boolean;
}

export function presenceSpans(p: { from: string; to: string }): PresenceSpan[] {
  const out: PresenceSpan[] = [];
  for (let fy = fiscalYearOf(p.from); fy <= fiscalYearOf(p.to); fy++) {
    const year = fiscalYearRange(fy);
    const from = p.from > year.from ? p.from : year.from;
    const to = p.to < year.to ? p.to : year.to;
    const index = (day: string) =>
      Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${year.from}T00:00:00Z`)) / 86_400_000);
    out.push({ fiscalYear: fy, first: index(from), last: index(to), whole: from === year.from && to === year.to });
  }
  return out;
}
