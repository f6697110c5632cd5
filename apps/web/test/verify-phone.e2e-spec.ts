import type { Browser } from 'playwright-core';
import { TestSystem } from '@app/testing';
import { newPage, screenshot, tokenOf, useSystemAndBrowser } from './browser.js';
import { givenOpenShop } from './fixtures.js';
import { queryDb } from '../../catalog/test/catalog-fixtures.js';

/**
 * The code step of signing up, at a phone's width: a consumer who registered but never entered its code
 * signs in during a reservation; the code is sent again by itself; too many wrong tries and an expired
 * code are explained in Thai beside the field; a new code after the countdown works, and the pending
 * reservation goes through.
 */
describe('verifying the phone in the browser', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({ env: { BATCH_SWEEP_INTERVAL_MS: '100' } }, (s, b) => ((sys = s), (browser = b)));

  it('signs in an unverified account through the code step: locked, expired, a new code, and the reservation is kept', async () => {
    const shop = await givenOpenShop(sys);
    const phone = `09${String(Date.now()).slice(-8)}`;
    await sys
      .http()
      .post('/api/v1/auth/register')
      .send({ name: 'สมหญิง', phone, password: 'password-1234' })
      .expect(202);

    const { context, page } = await newPage(browser, sys.url, 360);
    await page.clock.install(); // the resend countdown is fast-forwarded, not waited out
    await page.goto(`/batches/${shop.batchId}/reserve`);
    await page.getByLabel('จำนวน').fill('2');
    await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();
    await page.waitForURL(/\/signin/);
    const before = (await sys.smsLog()).length;
    await page.getByLabel('เบอร์โทรศัพท์').fill(phone);
    await page.getByLabel('รหัสผ่าน').fill('password-1234');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();

    // not verified yet: the code step, and a code is sent by itself
    await page.getByRole('heading', { name: 'ยืนยันเบอร์โทร' }).waitFor();
    const first = await sys.codeSentTo(phone, before);
    expect(await tokenOf(page)).toBeNull(); // no sign-in before the phone is verified
    const wrong = String((Number(first) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('รหัสยืนยัน').fill(wrong);
      await page.getByRole('button', { name: 'ยืนยันเบอร์โทร' }).click();
      await page.locator('#code-error').waitFor();
    }
    await page.locator('#code-error').getByText('กรอกรหัสผิดหลายครั้งเกินไป').waitFor();
    await screenshot(page, 'verify-phone-locked');

    // a new code once the countdown is over
    await page.clock.runFor(61_000);
    const again = (await sys.smsLog()).length;
    await page.getByRole('button', { name: 'ส่งรหัสอีกครั้ง', exact: true }).click();
    await page.getByText('ส่งรหัสใหม่แล้ว').waitFor();
    const second = await sys.codeSentTo(phone, again);

    // ten minutes pass: the code has expired
    await queryDb(sys, 'gateway', `UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [
      phone,
    ]);
    await page.getByLabel('รหัสยืนยัน').fill(second);
    await page.getByRole('button', { name: 'ยืนยันเบอร์โทร' }).click();
    await page.locator('#code-error').getByText('รหัสหมดอายุแล้ว').waitFor();
    await screenshot(page, 'verify-phone-expired');

    await page.clock.runFor(61_000);
    const third = (await sys.smsLog()).length;
    await page.getByRole('button', { name: 'ส่งรหัสอีกครั้ง', exact: true }).click();
    await page.getByLabel('รหัสยืนยัน').fill(await sys.codeSentTo(phone, third));
    await page.getByRole('button', { name: 'ยืนยันเบอร์โทร' }).click();

    // verified and signed in: the pending reservation went through by itself
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    expect(await tokenOf(page)).not.toBeNull();
    await context.close();
  });
});
