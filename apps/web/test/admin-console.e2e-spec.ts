import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import JSZip from 'jszip';
import { eventually, TestSystem } from '@app/testing';
import {
  expectNoSeriousAxe,
  recordRequests,
  screenshot,
  staffPage as staffPageOf,
  useSystemAndBrowser,
} from './browser.js';
import type { Staff } from './browser.js';
import { completedOrders, phone } from './admin-fixtures.js';
import { bearer } from './fixtures.js';

const LAO = '4560501'; // เทศบาลเมืองดอกคำใต้, อำเภอดอกคำใต้ (5605), จังหวัดพะเยา (56)
const month = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit' }).format(new Date());

/**
 * The LAO, province and DLA console at a desk (1280×800): onboarding a producer, content links, the
 * dashboard against the API's own figures, the sheet downloaded through the button and read back with
 * another library than the one that wrote it, the print view, and the scope rules seen from the browser.
 */
describe('admin console (1280 px)', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({}, (s, b) => ((sys = s), (browser = b)));
  const staffPage = (...staff: Staff) => staffPageOf(sys, browser, ...staff);

  const figure = async (page: Page, key: string) =>
    Number(await page.getByTestId(`figure-${key}`).locator('.figure-value').getAttribute('data-value'));

  it('an LAO admin onboards a producer with a login; the PromptPay ID is checked as typed', async () => {
    const { context, page } = await staffPage('lao_admin', { laoCode: LAO });
    await page.goto('/admin/producers');
    await page.getByRole('link', { name: 'เพิ่มผู้ผลิต' }).click();
    await page.getByLabel('วิสาหกิจชุมชน').check();
    const name = `วิสาหกิจชุมชนผักปลอดสาร ${randomUUID().slice(0, 6)}`;
    await page.getByLabel('ชื่อผู้ผลิต').fill(name);
    await page.getByLabel('จำนวนสมาชิก').fill('15');
    await page.getByLabel('พร้อมเพย์').fill('1234567890122'); // a wrong check digit
    await page.getByText('พร้อมเพย์ไม่ถูกต้อง').waitFor();
    await page.getByLabel('พร้อมเพย์').fill('1234567890121');
    await page.getByText('พร้อมเพย์ไม่ถูกต้อง').waitFor({ state: 'detached' });
    await page.getByLabel('เบอร์โทรศัพท์', { exact: true }).fill('0811111111');
    await page.getByLabel('ผู้ผลิตยินยอมให้เผยแพร่ช่องทางติดต่อ').check();
    await page.getByLabel('สร้างบัญชีให้ผู้ผลิตเข้าสู่ระบบเอง').check();
    const login = phone();
    await page.getByLabel('เบอร์โทรศัพท์สำหรับเข้าสู่ระบบ').fill(login);
    await page.getByLabel('รหัสผ่านเริ่มต้น').fill('farm-pass-123');
    await expectNoSeriousAxe(page);
    await page.getByRole('button', { name: 'บันทึกผู้ผลิต' }).click();
    await page.waitForURL(/\/admin\/producers\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name }).waitFor();
    const id = page.url().split('/').pop()!;
    const producer = (await sys.http().get(`/api/v1/producers/${id}`).expect(200)).body;
    expect(producer).toMatchObject({ name, kind: 'community_enterprise', memberCount: 15, laoCode: LAO });
    const token = await sys.login(login, 'farm-pass-123');
    const me = (await sys.http().get('/api/v1/auth/me').set(bearer(token)).expect(200)).body;
    expect(me).toMatchObject({ roles: ['producer'], producerId: id });
    await page.getByRole('link', { name: 'ผู้ผลิต', exact: true }).click();
    await page.getByRole('link', { name }).waitFor();
    await context.close();
  });

  it('adds a content link, refuses a duplicate and a non-http(s) URL in place, and removes it', async () => {
    const { context, page } = await staffPage('lao_admin', { laoCode: LAO });
    await page.goto('/admin/content-links');
    const url = `https://www.facebook.com/baanrao/posts/${randomUUID().slice(0, 8)}`;
    await page.getByLabel('ลิงก์ (URL)').fill('ftp://example.com/clip');
    await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    await page.locator('#link-url-error').getByText('ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://').waitFor();
    await page.getByLabel('ลิงก์ (URL)').fill(url);
    await page.getByLabel('แพลตฟอร์ม').selectOption('facebook');
    const keys = recordRequests(page, 'POST', '/api/v1/content-links', (r) => r.headers()['idempotency-key']);
    await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    await page.getByRole('link', { name: url }).waitFor();
    await page.getByLabel('ลิงก์ (URL)').fill(url);
    await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    await page.locator('#link-url-error').getByText('ลิงก์นี้ลงทะเบียนไว้แล้ว').waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toEqual(keys[1]);
    await screenshot(page, 'admin-content-links');
    const listed = (await sys.http().get('/api/v1/content-links').query({ laoCode: LAO }).expect(200)).body
      .items as Array<{ url: string }>;
    expect(listed.filter((l) => l.url === url)).toHaveLength(1);
    await page.getByRole('button', { name: `ลบลิงก์ ${url}` }).click();
    await page.getByRole('link', { name: url }).waitFor({ state: 'detached' });
    await context.close();
  });

  it('after orders complete, the dashboard shows the API’s figures, and the XLSX from the button holds them too', async () => {
    await completedOrders(sys, LAO, [2, 3]);
    const { user, context, page } = await staffPage('lao_admin', { laoCode: LAO });
    const query = { groupBy: 'lao', laoCode: LAO, month: month() };
    const summary = await eventually(async () => {
      const r = await sys.http().get('/api/v1/reports/summary').set(bearer(user.token)).query(query).expect(200);
      expect(r.body.totals.salesCount).toBeGreaterThanOrEqual(2);
      return r.body;
    });
    await page.goto('/admin');
    await page.getByRole('heading', { name: /ผลการดำเนินงาน เทศบาลเมืองดอกคำใต้/ }).waitFor();
    expect(await figure(page, 'salesCount')).toBe(summary.totals.salesCount);
    expect(await figure(page, 'revenueSatang')).toBe(summary.totals.revenueSatang);
    expect(await figure(page, 'beneficiaries')).toBe(summary.totals.beneficiaries);
    await page
      .getByTestId('figure-revenueSatang')
      .getByText(
        `฿${(summary.totals.revenueSatang / 100).toLocaleString('th-TH', { maximumFractionDigits: 2, minimumFractionDigits: summary.totals.revenueSatang % 100 ? 2 : 0 })}`,
      )
      .waitFor();
    // the chart has its text alternative and its table
    const canvas = page.locator('canvas[role="img"]');
    expect(await canvas.getAttribute('aria-label')).toMatch(/กราฟยอดขายรายเดือน/);
    await page.getByRole('table', { name: 'ตัวเลขรายเดือน' }).waitFor();
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-dashboard-lao');

    // the sheet, through the button: the API's own file, read back with JSZip and plain XML (the server wrote it with exceljs)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลด XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const file = readFileSync(path);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(file);
    const text = async (name: string) => (await zip.file(name)?.async('string')) ?? ''; // exceljs may inline its strings
    const shared = [...(await text('xl/sharedStrings.xml')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const sheet = await text('xl/worksheets/sheet1.xml');
    const cells = [...sheet.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/g)].map((m) => {
      const row = Number(/r="[A-Z]+(\d+)"/.exec(m[1])![1]);
      const type = /t="(\w+)"/.exec(m[1])?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(m[2] ?? '')?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(m[2] ?? '')?.[1] ?? '';
      return { row, value: type === 's' ? shared[Number(v)] : v };
    });
    const laoRow = cells.find((c) => c.value === LAO)?.row;
    expect(laoRow).toBeDefined();
    const numbers = cells
      .filter((c) => c.row === laoRow && c.value !== '')
      .map((c) => Number(c.value))
      .filter((n) => Number.isFinite(n));
    expect(numbers).toEqual(expect.arrayContaining([summary.totals.salesCount, summary.totals.beneficiaries]));
    expect(numbers.some((n) => n === summary.totals.revenueSatang / 100 || n === summary.totals.revenueSatang)).toBe(
      true,
    );

    // CSV through the other button: byte for byte the API's
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลด CSV' }).click(),
    ]);
    const csvDirect = await sys
      .http()
      .get('/api/v1/reports/export')
      .set(bearer(user.token))
      .query({ ...query, format: 'csv' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    // the same file as the API's (its "made at" line carries the minute it was made)
    const lines = (b: Buffer) =>
      b
        .toString('utf8')
        .split('\n')
        .filter((l) => !l.startsWith('จัดทำเมื่อ') && !l.startsWith('"จัดทำเมื่อ'));
    expect(lines(readFileSync(await csv.path()))).toEqual(lines(csvDirect.body as Buffer));
    expect(lines(csvDirect.body as Buffer).join('\n')).toContain(LAO);

    // the print view: the LAO's name and the period in B.E.
    await page.getByRole('link', { name: 'มุมมองสำหรับพิมพ์' }).click();
    await page.getByRole('heading', { name: /แบบรายงานผลการดำเนินงาน เทศบาลเมืองดอกคำใต้/ }).waitFor();
    await page
      .getByText(/25[6-9]\d/)
      .first()
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'admin-print');
    expect(await page.locator('.admin-nav').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('a province admin sees its province with the map and districts, but not another province by URL', async () => {
    const { context, page } = await staffPage('province_admin', { provinceCode: '56' });
    await page.goto('/admin');
    await page.getByRole('heading', { name: 'ผลการดำเนินงาน จังหวัดพะเยา' }).waitFor();
    await page
      .getByRole('table', { name: /รายอำเภอ/ })
      .getByRole('link', { name: 'ดอกคำใต้' })
      .waitFor();
    await page.locator('svg.thailand path[data-code="56"]').waitFor();
    await page.getByText('CC BY 4.0').waitFor();
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-dashboard-province');
    await page
      .getByRole('table', { name: /รายอำเภอ/ })
      .getByRole('link', { name: 'ดอกคำใต้' })
      .click();
    await page.waitForURL(/\/admin\/districts\/5605/);
    await page
      .getByRole('table', { name: /ราย อปท\./ })
      .getByRole('link', { name: /ดอกคำใต้/ })
      .first()
      .waitFor();

    for (const path of ['/admin/provinces/10', '/admin/districts/1001', `/admin/print/provinces/50`]) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'ไม่มีสิทธิ์ดูพื้นที่นี้' }).waitFor();
      expect(await page.getByTestId('figure-salesCount').count()).toBe(0);
    }
    await context.close();
  });

  it('the DLA sees every province on the map, furthest behind first; bad periods are named beside their fields', async () => {
    const admin = await sys.adminToken();
    const fy =
      Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(new Date())) +
      543 +
      (new Date().getMonth() >= 9 ? 1 : 0);
    const targets = [
      { provinceCode: '56', salesCount: 1000, revenueSatang: 100_000_000, beneficiaries: 500 },
      { provinceCode: '50', salesCount: 1, revenueSatang: 100, beneficiaries: 1 },
    ];
    for (const target of targets)
      await sys
        .http()
        .put('/api/v1/targets')
        .set(bearer(admin))
        .send({ fiscalYear: fy, ...target })
        .expect(200);
    const { context, page } = await staffPage('dla_admin');
    await page.goto(`/admin?fy=${fy}`);
    await page.getByRole('heading', { name: 'ผลการดำเนินงาน ทั้งประเทศ' }).waitFor();
    await page.locator('svg.thailand path.province').nth(76).waitFor();
    expect(await page.locator('svg.thailand path.province').count()).toBe(77);
    const firstRow = page
      .getByRole('table', { name: /รายจังหวัด/ })
      .locator('tbody tr')
      .first();
    expect(await firstRow.locator('th').innerText()).toMatch(/พะเยา|เชียงใหม่/);
    await screenshot(page, 'admin-dashboard-dla');

    await page.getByLabel('ช่วงเวลา').selectOption('range');
    await page.getByLabel('ตั้งแต่วันที่').fill('2026-03-10');
    await page.getByLabel('ถึงวันที่').fill('2026-03-01');
    await page.getByRole('button', { name: 'แสดง' }).click();
    await page.locator('#period-to-error').getByText('วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น').waitFor();
    await page.getByLabel('ช่วงเวลา').selectOption('month');
    await page.getByLabel('เดือน', { exact: true }).fill('2999-01');
    await page.getByRole('button', { name: 'แสดง' }).click();
    await page.locator('#period-month-error').getByText('เดือนนี้ยังมาไม่ถึง').waitFor();
    await context.close();
  });
});
