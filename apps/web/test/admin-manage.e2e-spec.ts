import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { eventually, TestSystem } from '@app/testing';
import { completedOrders, phone } from './admin-fixtures.js';
import {
  expectNoSeriousAxe,
  recordRequests,
  screenshot,
  staffPage as staffPageOf,
  useSystemAndBrowser,
} from './browser.js';
import type { Staff } from './browser.js';
import { bearer } from './fixtures.js';

const LAO = '4560501'; // เทศบาลเมืองดอกคำใต้, จังหวัดพะเยา (56)
const currentFy = () => {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return y + 543 + (m >= 10 ? 1 : 0);
};

/** A spreadsheet paste, as Chromium delivers it to the focused cell. */
async function paste(page: Page, label: string, text: string) {
  const cell = page.getByLabel(label, { exact: true });
  await cell.focus();
  // runs in the browser (the tests' own TypeScript has no DOM library, hence the casts)
  await cell.evaluate((el, data) => {
    const w = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => unknown;
    };
    const dt = new w.DataTransfer();
    dt.setData('text/plain', data);
    (el as unknown as { dispatchEvent(e: unknown): boolean }).dispatchEvent(
      new w.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The console's targets, orders and users pages at a desk (1280×800). */
describe('admin console: targets, orders and users (1280 px)', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({}, (s, b) => ((sys = s), (browser = b)));
  const staffPage = (...staff: Staff) => staffPageOf(sys, browser, ...staff);

  it('a province admin pastes a column of targets, sees a negative and a fraction refused beside their cells, then the summary holds them', async () => {
    const fy = currentFy() + 1;
    const { user, context, page } = await staffPage('province_admin', { provinceCode: '56' });
    /** the year's figures of the province's LAOs, with their targets */
    const summary = () =>
      sys
        .http()
        .get('/api/v1/reports/summary')
        .set(bearer(user.token))
        .query({ groupBy: 'lao', provinceCode: '56', fiscalYear: fy })
        .expect(200);
    const before = await summary();
    const [a, b, c] = before.body.rows as Array<{ code: string; nameTh: string }>;
    const puts = recordRequests(page, 'PUT', '/api/v1/targets', (r) => r.postData() ?? '');

    await page.goto(`/admin/targets?fy=${fy}`);
    await page.getByRole('table', { name: `เป้าหมายปีงบประมาณ พ.ศ. ${fy}` }).waitFor();
    await paste(page, `จำนวนครั้งที่ขายได้ผ่านออนไลน์ ของ ${a.nameTh}`, '120\n80.5\n45\n');
    await paste(page, `รายรับ (บาท) ของ ${a.nameTh}`, '150,000\t40\r\n90000.50\t25\r\n60000\t-5');
    expect(await page.getByLabel(`จำนวนครั้งที่ขายได้ผ่านออนไลน์ ของ ${c.nameTh}`, { exact: true }).inputValue()).toBe('45');
    expect(await page.getByLabel(`จำนวนผู้ได้รับประโยชน์ ของ ${b.nameTh}`, { exact: true }).inputValue()).toBe('25');
    await page.getByRole('button', { name: /บันทึกเป้าหมาย \(3 พื้นที่\)/ }).click();
    await page.locator(`#target-${c.code}-beneficiaries-error`).getByText('จำนวนผู้ได้รับประโยชน์ ต้องไม่ติดลบ').waitFor();
    await page
      .locator(`#target-${b.code}-salesCount-error`)
      .getByText('จำนวนครั้งที่ขายได้ผ่านออนไลน์ ต้องเป็นจำนวนเต็ม')
      .waitFor();
    expect(puts).toEqual([]);
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-targets-errors');

    await page.getByLabel(`จำนวนผู้ได้รับประโยชน์ ของ ${c.nameTh}`, { exact: true }).fill('5');
    await page.getByLabel(`จำนวนครั้งที่ขายได้ผ่านออนไลน์ ของ ${b.nameTh}`, { exact: true }).fill('80');
    await page.getByRole('button', { name: /บันทึกเป้าหมาย/ }).click();
    await page.getByRole('status').getByText('บันทึกเป้าหมายแล้ว 3 พื้นที่').waitFor();
    expect(puts).toHaveLength(3);
    const after = await summary();
    const target = (code: string) =>
      (after.body.rows as Array<{ code: string; target?: unknown }>).find((r) => r.code === code)?.target;
    expect(target(a.code)).toEqual({ salesCount: 120, revenueSatang: 15_000_000, beneficiaries: 40 });
    expect(target(b.code)).toEqual({ salesCount: 80, revenueSatang: 9_000_050, beneficiaries: 25 });
    expect(target(c.code)).toEqual({ salesCount: 45, revenueSatang: 6_000_000, beneficiaries: 5 });
    await context.close();

    // the LAO's admin sees its target, read only
    const lao = await staffPage('lao_admin', { laoCode: a.code });
    await lao.page.goto(`/admin/targets?fy=${fy}`);
    const row = lao.page.getByRole('row', { name: new RegExp(a.nameTh) });
    await row.getByText('120').waitFor();
    await row.getByText('฿150,000').waitFor();
    expect(await lao.page.locator('table input').count()).toBe(0);
    await lao.context.close();
  });

  it('an LAO admin finds a completed order by its number and records a dispute refund after confirming', async () => {
    const [order] = await completedOrders(sys, LAO, [2]);
    const paid = (await sys.http().get(`/api/v1/orders/${order.id}`).set(bearer(order.consumer)).expect(200)).body
      .paidSatang as number;
    const { context, page } = await staffPage('lao_admin', { laoCode: LAO });
    const no = order.id.slice(0, 8).toUpperCase();

    await page.goto('/admin/orders');
    await page.getByLabel('เลขที่คำสั่งซื้อหรือเบอร์โทรศัพท์ผู้ซื้อ').fill('มะม่วง');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page
      .locator('#order-q-error')
      .getByText(/กรอกเลขที่คำสั่งซื้อ/)
      .waitFor();
    // by the buyer's phone, then by the number
    await page.getByLabel('เลขที่คำสั่งซื้อหรือเบอร์โทรศัพท์ผู้ซื้อ').fill(order.phone);
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('link', { name: no }).waitFor();
    await page.getByLabel('เลขที่คำสั่งซื้อหรือเบอร์โทรศัพท์ผู้ซื้อ').fill(no);
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('table', { name: 'พบ 1 คำสั่งซื้อ' }).waitFor();
    await expectNoSeriousAxe(page);
    await page.getByRole('link', { name: no }).click();
    await page.getByRole('heading', { name: `คำสั่งซื้อเลขที่ ${no}` }).waitFor();
    await page.getByRole('table', { name: 'การชำระเงินและการคืนเงิน' }).getByText(`BAL-${order.id}`).waitFor();

    await page.getByLabel('จำนวนเงินที่คืน (บาท)').fill(String(paid / 100 + 1));
    await page.getByLabel('เหตุผลการคืนเงิน').fill('ลำไยเน่าเสียระหว่างขนส่ง');
    await page.getByRole('button', { name: 'บันทึกการคืนเงิน' }).click();
    await page
      .locator('#refund-amount-error')
      .getByText(/จำนวนเงินที่คืนต้องไม่เกิน/)
      .waitFor();
    await page.getByLabel('จำนวนเงินที่คืน (บาท)').fill('50');
    await page.getByRole('button', { name: 'บันทึกการคืนเงิน' }).click();
    await page.getByText('ยืนยันคืนเงิน ฿50 ด้วยเหตุผล').waitFor();
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-order-refund');
    await page.getByRole('button', { name: 'ยืนยันคืนเงิน' }).click();
    await page.getByTestId('order-status').getByText('คืนเงินแล้ว').waitFor();
    const refunded = (await sys.http().get(`/api/v1/orders/${order.id}`).set(bearer(order.consumer)).expect(200)).body;
    expect(refunded.status).toBe('refunded');
    expect(refunded.refunds).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'dispute', amountSatang: 5000, status: 'due' })]),
    );
    await page.getByText('คืนเงิน: ข้อพิพาท').waitFor();
    await screenshot(page, 'admin-order-refunded');
    await context.close();
  });

  it('a DLA admin creates a province admin and ends its sessions, and another user’s by id: their tokens then get 401', async () => {
    const { context, page } = await staffPage('dla_admin');
    await page.goto('/admin/users');
    await page.getByLabel('บทบาท').selectOption('province_admin');
    await page.getByLabel('จังหวัด', { exact: true }).selectOption('56');
    const name = `ผู้ดูแลจังหวัด ${randomUUID().slice(0, 6)}`;
    const login = phone();
    await page.getByLabel('ชื่อ-นามสกุล').fill(name);
    await page.getByLabel('เบอร์โทรศัพท์สำหรับเข้าสู่ระบบ').fill(login);
    await page.getByLabel('รหัสผ่านเริ่มต้น').fill('short');
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await page.locator('#user-password-error').getByText('รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร').waitFor();
    await page.getByLabel('รหัสผ่านเริ่มต้น').fill('province-pass-1');
    await expectNoSeriousAxe(page);
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click();
    const id = await page.getByTestId('created-user-id').innerText();
    const token = await sys.login(login, 'province-pass-1');
    expect((await sys.http().get('/api/v1/auth/me').set(bearer(token)).expect(200)).body).toMatchObject({
      id,
      roles: ['province_admin'],
      provinceCode: '56',
    });

    await page.getByRole('button', { name: `ออกจากระบบทุกเครื่องของ ${name}` }).click();
    await page.getByRole('button', { name: 'ยืนยันออกจากระบบทุกเครื่อง' }).click();
    await page.getByText(`${name} ออกจากระบบทุกเครื่องแล้ว`).waitFor();
    await eventually(async () => expect((await sys.http().get('/api/v1/auth/me').set(bearer(token))).status).toBe(401));

    const other = await sys.userWithRole('lao_admin', { laoCode: LAO });
    await page.getByLabel('รหัสผู้ใช้').fill('not-an-id');
    await page.getByRole('button', { name: 'ให้ออกจากระบบ', exact: true }).click();
    await page.locator('#revoke-id-error').getByText('กรอกรหัสผู้ใช้ (UUID) ให้ครบ').waitFor();
    await page.getByLabel('รหัสผู้ใช้').fill(other.id);
    await page.getByRole('button', { name: 'ให้ออกจากระบบ', exact: true }).click();
    await page.getByText('ผู้ใช้นี้ออกจากระบบทุกเครื่องแล้ว').waitFor();
    await eventually(async () =>
      expect((await sys.http().get('/api/v1/auth/me').set(bearer(other.token))).status).toBe(401),
    );
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-users');
    await context.close();
  });
});
