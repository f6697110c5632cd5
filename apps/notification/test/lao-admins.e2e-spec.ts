import pg from 'pg';
import { NotificationSubjects, OrderEvents } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import { completedOrder, EventPublisher, laosOf } from '../../reporting/test/support.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** hour:00 Bangkok on `day` of the current Bangkok month */
function thisMonthAt(day: number, hour: number): Date {
  const bkk = new Date(Date.now() + 7 * 3600_000);
  return new Date(Date.UTC(bkk.getUTCFullYear(), bkk.getUTCMonth(), day, hour) - 7 * 3600_000);
}
const monthOf = (t: Date) => new Date(t.getTime() + 7 * 3600_000).toISOString().slice(0, 7);

/**
 * The LAO admins' reminders with the real catalog, reporting and notification services: the month's report
 * due (NOTIFICATION_REPORT_DUE_DAY, 5, of the next month) and not submitted, and flagged sales — asked of
 * reporting by the sweep (ReportingSubjects.laoNotices), about the LAOs whose admins identity events made known.
 */
describe('notification: LAO admins — the month due, flagged sales', () => {
  let sys: TestSystem;
  let bus: EventPublisher;
  let db: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({
      services: ['catalog', 'reporting', 'notification'],
      env: { NOTIFICATION_ALLOW_CLOCK_OVERRIDE: 'true', NOTIFICATION_SWEEP_INTERVAL_MS: '86400000' },
    });
    bus = await EventPublisher.connect(sys);
    db = new pg.Pool({ connectionString: sys.databaseUrl('notification'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await bus?.close();
    await sys?.close();
  });

  const sweep = (asOf: Date) =>
    sys.rpc<{ reportsDue: number; flaggedSales: number }>(NotificationSubjects.runSweeps, { asOf: asOf.toISOString() });
  const inbox = async (token: string) =>
    (await sys.http().get('/api/v1/me/notifications?page=1&pageSize=50').set(bearer(token)).expect(200)).body
      .items as Array<{ kind: string; title: string; body: string; link: string }>;

  it('tells the admins of an LAO whose month is due and not submitted, and of more flagged sales, once each', async () => {
    const [laoA, laoB] = laosOf('57');
    const adminA = await sys.userWithRole('lao_admin', { laoCode: laoA.code });
    const adminB = await sys.userWithRole('lao_admin', { laoCode: laoB.code });
    await eventually(async () =>
      expect((await db.query(`SELECT count(*)::int AS n FROM recipients WHERE role = 'lao_admin'`)).rows[0].n).toBe(2),
    );
    const due = thisMonthAt(6, 10);
    const month = (() => {
      const d = new Date(Date.UTC(Number(monthOf(due).slice(0, 4)), Number(monthOf(due).slice(5, 7)) - 2, 1));
      return d.toISOString().slice(0, 7);
    })();

    // before the due day: nothing to tell (no flagged sale yet either)
    expect(await sweep(thisMonthAt(3, 10))).toMatchObject({ reportsDue: 0, flaggedSales: 0 });

    // A submits its month; B has a zero-total sale in it (flagged)
    await sys.http().post('/api/v1/reports/submissions').set(bearer(adminA.token)).send({ month }).expect(201);
    await bus.publish(
      OrderEvents.completed,
      completedOrder(laoB, { goodsTotalSatang: 0, completedAt: `${month}-10T05:00:00Z` }),
    );
    await bus.settled('order');

    expect(await sweep(due)).toMatchObject({ reportsDue: 1, flaggedSales: 1 });
    const told = await inbox(adminB.token);
    expect(told.map((i) => i.kind).sort()).toEqual(['report_due', 'sales_flagged']);
    expect(told.find((i) => i.kind === 'report_due')).toMatchObject({ link: '/admin/submissions' });
    expect(told.find((i) => i.kind === 'report_due')!.title).toMatch(/^ถึงกำหนดส่งรายงานเดือน\S+ \d{4}$/);
    expect(told.find((i) => i.kind === 'sales_flagged')).toMatchObject({
      title: 'มียอดขายที่ต้องตรวจสอบ 1 รายการ',
      link: '/admin/flagged-sales',
    });
    expect(await inbox(adminA.token)).toEqual([]);

    // asked again after the interval: nothing new is nothing told
    expect(await sweep(new Date(due.getTime() + 2 * 3600_000))).toMatchObject({ reportsDue: 0, flaggedSales: 0 });
    // another flagged sale: told the next day, with the new count
    await bus.publish(
      OrderEvents.completed,
      completedOrder(laoB, { goodsTotalSatang: 0, completedAt: `${month}-11T05:00:00Z` }),
    );
    await bus.settled('order');
    expect(await sweep(new Date(due.getTime() + 26 * 3600_000))).toMatchObject({ reportsDue: 0, flaggedSales: 1 });
    expect((await inbox(adminB.token)).filter((i) => i.kind === 'sales_flagged').map((i) => i.title)).toEqual([
      'มียอดขายที่ต้องตรวจสอบ 2 รายการ',
      'มียอดขายที่ต้องตรวจสอบ 1 รายการ',
    ]);
  });
});
