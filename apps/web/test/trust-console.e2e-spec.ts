import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { OrderEvents } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import { completedOrder, EventPublisher, laosOf } from '../../reporting/test/support.js';
import { phone } from './admin-fixtures.js';
import { newPage, screenshot, staffPage as staffPageOf, storeToken, useSystemAndBrowser } from './browser.js';
import { bearer } from './fixtures.js';

/**
 * Issue 13 in the consoles: a producer asks to change its members (it no longer declares them) and its
 * LAO's staff decide; the staff see sales that look made up, exclude one with a reason, and the
 * dashboard counts them.
 */
describe('consoles: member requests and flagged sales', () => {
  let sys: TestSystem;
  let browser: Browser;
  useSystemAndBrowser({ services: ['catalog', 'reporting'] }, (s, b) => ((sys = s), (browser = b)));
  const [laoA, laoB] = laosOf('56').slice(0, 2);
  const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

  it('a producer on a phone asks for more members; its LAO admin rejects without a reason (refused in place), then approves', async () => {
    const { user: laoAdmin, page: adminPage } = await staffPageOf(sys, browser, 'lao_admin', { laoCode: laoA.code });
    const login = { phone: phone(), password: 'password-1234' };
    const body = {
      kind: 'community_enterprise',
      name: `วิสาหกิจชุมชนข้าวดี ${randomUUID().slice(0, 4)}`,
      laoCode: laoA.code,
      memberCount: 10,
      contacts: {},
      publishContacts: false,
      promptPayId: '0812345678',
      account: login,
    };
    const producer = (await sys.http().post('/api/v1/producers').set(bearer(laoAdmin.token)).send(body).expect(201))
      .body;
    const token = await sys.login(login.phone, login.password);

    const { page } = await newPage(browser, sys.url, 360);
    await page.goto('/');
    await page.evaluate(storeToken(token));
    await page.goto('/farmer/membership');
    await page.getByTestId('approved-members').getByText('10 คน').waitFor();
    await page.getByLabel('จำนวนสมาชิก', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    await page.getByText('ค่าที่ขอตรงกับค่าที่อนุมัติแล้ว ไม่ต้องส่งคำขอ').waitFor();
    await page.getByLabel('จำนวนสมาชิก', { exact: true }).fill('35');
    await page.getByLabel('หมายเหตุถึงเจ้าหน้าที่ (ไม่บังคับ)').fill('ทะเบียนสมาชิกปี 2569');
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    await page.getByText('มีคำขอที่รออนุมัติ: วิสาหกิจชุมชน สมาชิก 35 คน (ส่งคำขอใหม่จะแทนคำขอเดิม)').waitFor();
    await page.getByTestId('approved-members').getByText('10 คน').waitFor(); // nothing counts before approval
    await screenshot(page, 'farmer-membership');

    await adminPage.goto('/admin/membership-proposals');
    const card = adminPage.getByTestId('membership-proposal').filter({ hasText: body.name });
    await card.getByText('จาก วิสาหกิจชุมชน 10 คน เป็น วิสาหกิจชุมชน 35 คน').waitFor();
    await card.getByText('หมายเหตุจากผู้ผลิต: ทะเบียนสมาชิกปี 2569').waitFor();
    await card.getByRole('button', { name: 'ไม่อนุมัติ' }).click();
    await card.getByRole('button', { name: 'ยืนยันไม่อนุมัติ' }).click();
    await card.getByText('กรอกเหตุผลที่ไม่อนุมัติ').waitFor();
    await screenshot(adminPage, 'admin-membership-proposals');
    await card.getByRole('button', { name: 'ยกเลิก' }).click();
    await card.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
    await adminPage.getByText('ไม่มีคำขอที่รออนุมัติ').waitFor();
    expect((await sys.http().get(`/api/v1/producers/${producer.id}`).expect(200)).body.memberCount).toBe(35);
    await adminPage.goto(`/admin/producers/${producer.id}`);
    const history = adminPage.getByTestId('membership-history');
    await history.getByText(/สมาชิก 35 คน · อนุมัติตามคำขอของผู้ผลิต/).waitFor();
    await history.getByText(/สมาชิก 10 คน · ตอนขึ้นทะเบียน/).waitFor();

    await page.reload();
    await page.getByTestId('approved-members').getByText('35 คน').waitFor();
    await page.getByText('อนุมัติแล้ว').first().waitFor();
  });

  it('an LAO admin sees a zero-total sale flagged on the dashboard and the list, and excludes it with a reason', async () => {
    const bus = await EventPublisher.connect(sys);
    try {
      const { user, page } = await staffPageOf(sys, browser, 'lao_admin', { laoCode: laoB.code });
      const now = new Date().toISOString();
      const zero = completedOrder(laoB, { goodsTotalSatang: 0, completedAt: now });
      await bus.publish(OrderEvents.completed, zero);
      await bus.publish(OrderEvents.completed, completedOrder(laoB, { goodsTotalSatang: 15_000, completedAt: now }));
      await bus.settled('order');
      const sum = () =>
        sys
          .http()
          .get('/api/v1/reports/summary')
          .set(bearer(user.token))
          .query({ laoCode: laoB.code, month: thisMonth() })
          .expect(200);
      expect((await sum()).body).toMatchObject({ flaggedSales: 1, totals: { salesCount: 2 } });

      await page.goto('/admin');
      await page.getByTestId('flagged-count').getByText('ยอดขายที่ควรตรวจสอบ 1 รายการ').waitFor();
      await page.getByTestId('flagged-count').getByRole('link', { name: 'ดูรายการ' }).click();
      const row = page.getByTestId('flagged-sale');
      await row.getByText('ราคารวม 0 บาท').waitFor();
      await row.getByRole('button', { name: 'ตัดออกจากยอด' }).click();
      await row.getByRole('button', { name: 'ยืนยันตัดออก' }).click();
      await row.getByText('กรอกเหตุผลที่ตัดออก').waitFor();
      await screenshot(page, 'admin-flagged-sales');
      await row.getByLabel('เหตุผลที่ตัดออก').fill('ราคา 0 บาท ไม่ใช่การขายจริง');
      await row.getByRole('button', { name: 'ยืนยันตัดออก' }).click();
      await page.getByText('ไม่มียอดขายที่ควรตรวจสอบในช่วงนี้').waitFor();
      await page.getByRole('button', { name: 'ตัดออกแล้ว' }).click();
      await page
        .getByTestId('exclusion')
        .getByText(/ตัดออกแล้ว: ราคา 0 บาท ไม่ใช่การขายจริง/)
        .waitFor();
      await eventually(async () =>
        expect((await sum()).body).toMatchObject({ flaggedSales: 0, totals: { salesCount: 1 } }),
      );
    } finally {
      await bus.close();
    }
  });
});
