import type { LaoNoticesV1 } from '@app/contracts';
import type { Intent, Recipient } from './rules.js';

/** One LAO's answer from reporting, its administrators, and what was told of its flags before. */
export interface LaoSituation {
  notice: LaoNoticesV1['laos'][number];
  month: string;
  /** user ids of the LAO's administrators (from identity.account_changed) */
  admins: string[];
  /** the report's due day of the next month has come (Bangkok) */
  reportDue: boolean;
  /** open flagged sales when its administrators were last told (0 when never) */
  flagsTold: number;
  /** the Bangkok date of the check (YYYY-MM-DD) */
  day: string;
}

/**
 * The LAO administrators' messages: the month's report, once per month and administrator, once its due
 * day has come and while it is not submitted; flagged sales when more are open than when last told
 * (fewer, after exclusions, is nothing to tell), at most once a day.
 */
export function laoIntents(s: LaoSituation): Intent[] {
  const out: Intent[] = [];
  const { laoCode, submitted, openFlaggedSales } = s.notice;
  for (const admin of s.admins) {
    const recipient: Recipient = `user:${admin}`;
    if (s.reportDue && !submitted) {
      out.push({
        recipient,
        kind: 'report_due',
        orderId: null,
        facts: { month: s.month },
        link: '/admin/submissions',
        deadline: null,
        dedupeKey: `report_due/${laoCode}/${s.month}/${admin}`,
      });
    }
    if (openFlaggedSales > s.flagsTold) {
      out.push({
        recipient,
        kind: 'sales_flagged',
        orderId: null,
        facts: { count: openFlaggedSales, month: s.month },
        link: '/admin/flagged-sales',
        deadline: null,
        dedupeKey: `sales_flagged/${laoCode}/${s.day}/${admin}`,
      });
    }
  }
  return out;
}

/** The month an LAO reports on at `day` (YYYY-MM-DD, Bangkok): the one before. */
export function previousMonth(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
