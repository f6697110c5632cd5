import { valuesOf } from './format.js';
import { laoIntents, previousMonth } from './lao-rules.js';
import { render } from './templates.js';

const situation = (over: Partial<Parameters<typeof laoIntents>[0]> = {}) => ({
  notice: { laoCode: '4560501', submitted: false, openFlaggedSales: 0 },
  month: '2026-11',
  admins: ['a1', 'a2'],
  reportDue: true,
  flagsTold: 0,
  day: '2026-12-06',
  ...over,
});

describe('LAO admins: the month due and flagged sales', () => {
  it('the report due: each administrator of the LAO, once per month, from the due day while not submitted', () => {
    const intents = laoIntents(situation());
    expect(intents.map((i) => [i.recipient, i.kind, i.dedupeKey])).toEqual([
      ['user:a1', 'report_due', 'report_due/4560501/2026-11/a1'],
      ['user:a2', 'report_due', 'report_due/4560501/2026-11/a2'],
    ]);
    expect(laoIntents(situation({ reportDue: false }))).toEqual([]);
    expect(laoIntents(situation({ notice: { laoCode: '4560501', submitted: true, openFlaggedSales: 0 } }))).toEqual([]);
    const r = render('report_due', 'th', valuesOf(intents[0].facts, 'th', 'https://x/admin/submissions'));
    expect(r).toMatchObject({ title: 'ถึงกำหนดส่งรายงานเดือนพฤศจิกายน 2569' });
    expect(render('report_due', 'en', valuesOf(intents[0].facts, 'en', 'https://x/admin/submissions'))).toMatchObject({
      title: 'The November 2026 report is due',
    });
  });

  it('flagged sales: told when more are open than when last told, at most once a day; fewer is no news', () => {
    const flagged = (open: number, told: number) =>
      laoIntents(
        situation({
          reportDue: false,
          notice: { laoCode: '4560501', submitted: false, openFlaggedSales: open },
          flagsTold: told,
        }),
      );
    expect(flagged(3, 0).map((i) => [i.recipient, i.kind, i.facts.count, i.dedupeKey])).toEqual([
      ['user:a1', 'sales_flagged', 3, 'sales_flagged/4560501/2026-12-06/a1'],
      ['user:a2', 'sales_flagged', 3, 'sales_flagged/4560501/2026-12-06/a2'],
    ]);
    expect(flagged(3, 3)).toEqual([]);
    expect(flagged(2, 3)).toEqual([]);
    expect(flagged(4, 3)).toHaveLength(2);
    expect(laoIntents(situation({ admins: [] }))).toEqual([]);
  });

  it('the month reported on is the one before, across a year', () => {
    expect(previousMonth('2026-12-06')).toBe('2026-11');
    expect(previousMonth('2027-01-05')).toBe('2026-12');
  });
});
