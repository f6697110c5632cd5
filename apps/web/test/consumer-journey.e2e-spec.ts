import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { closeAndHarvest, recordPayment, TestSystem } from '@app/testing';
import { newPage, screenshot, tokenOf, useSystemAndBrowser } from './browser.js';
import { newTransRef, slipImage, slipPayload } from '../../gateway/test/support/slip-images.js';
import { bearer, givenOpenShop } from './fixtures.js';

/**
 * The consumer's journey in a real browser against the whole system, at a phone's and a desk's width:
 * from the home page to a reserved order with its PromptPay QR, signing up on the way without losing the
 * reservation, then — after the farmer's side happened through the API — receipt and a review.
 */
describe.each([360, 1280] as const)('consumer journey at %i px', (width) => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({ env: { BATCH_SWEEP_INTERVAL_MS: '100' } }, (s, b) => ((sys = s), (browser = b)));

  it('home → product → reserve → sign up → order with its QR → receipt → review', async () => {
    const shop = await givenOpenShop(sys);
    const { context, page } = await newPage(browser, sys.url, width);

    // 1. home: the open batch, found by a Thai word written without spaces
    await page.goto('/');
    await page.getByLabel('ค้นหาสินค้า').fill(`น้ำดอกไม้สีทอง ${shop.tag}`);
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.waitForURL(/q=/);
    const card = page.getByRole('link', { name: new RegExp(shop.product.name) });
    await card.waitFor();
    expect(await card.textContent()).toContain('฿120.50');
    expect(await card.textContent()).toContain('เทศบาลเมืองดอกคำใต้');
    await screenshot(page, 'home');

    // 2. the product page a post links to
    await page.goto(`/products/${shop.product.id}`);
    await page.getByRole('heading', { name: shop.product.name }).waitFor();
    const body = await page.textContent('main');
    expect(body).toContain('สวนของลุงมาอยู่ริมกว๊านพะเยา');
    expect(body).toContain('#ของดีบ้านเรา');
    expect(body).toContain('มัดจำ');
    await screenshot(page, 'product');
    await page.getByRole('link', { name: 'จองเลย' }).click();

    // 3. reserve: quantity and a pickup point; the totals before confirming
    await page.getByLabel('จำนวน').fill('3');
    await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
    const summary = page.locator('.summary');
    await summary.getByText('฿108.45').waitFor(); // 30% of 3 × ฿120.50, rounded up to the satang
    await screenshot(page, 'reserve');
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();

    // 4. not signed in: register, verify the phone with the code sent by SMS, and the reservation goes through by itself
    await page.waitForURL(/\/signin/);
    await page.getByRole('button', { name: 'สมัครสมาชิก' }).click();
    const phone = `09${String(Date.now()).slice(-8)}`;
    await page.getByLabel('ชื่อ').fill('สมใจ ใจดี');
    await page.getByLabel('เบอร์โทรศัพท์').fill(phone);
    await page.getByLabel('รหัสผ่าน').fill('password-1234');
    await screenshot(page, 'signup');
    const smsBefore = (await sys.smsLog()).length;
    await page.getByRole('button', { name: 'สมัครสมาชิก' }).click();

    // 4b. the code step: a countdown before another code can be asked for; a wrong code is refused in place, in Thai
    await page.getByRole('heading', { name: 'ยืนยันเบอร์โทร' }).waitFor();
    expect(await page.textContent('main')).toContain(phone);
    const resend = page.getByRole('button', { name: /ส่งรหัสอีกครั้งได้ใน \d+ วินาที/ });
    expect(await resend.isDisabled()).toBe(true);
    const code = await sys.codeSentTo(phone, smsBefore);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await page.getByLabel('รหัสยืนยัน').fill(wrong);
    await page.getByRole('button', { name: 'ยืนยันเบอร์โทร' }).click();
    await page.locator('#code-error').getByText('รหัสไม่ถูกต้อง').waitFor();
    expect(await page.getByLabel('รหัสยืนยัน').getAttribute('aria-describedby')).toBe('code-error');
    await screenshot(page, 'verify-phone-wrong');
    await page.getByLabel('รหัสยืนยัน').fill(code);
    expect(await page.locator('#code-error').count()).toBe(0); // the error goes once the code is changed
    await page.getByRole('button', { name: /ส่งรหัสอีกครั้งได้ใน (5\d|[1-4]\d|\d) วินาที/ }).waitFor(); // the countdown runs
    await screenshot(page, 'verify-phone');
    await page.getByRole('button', { name: 'ยืนยันเบอร์โทร' }).click();

    // 5. the order: timeline, the amount due now and its PromptPay QR
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderId = page.url().split('/').pop()!;
    const qr = page.getByRole('img', { name: /พร้อมเพย์/ });
    await qr.waitFor();
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    expect(await page.textContent('main')).toContain('ยอดที่ต้องชำระตอนนี้ ฿108.45');
    const token = (await tokenOf(page))!;
    const order = (await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(token)).expect(200)).body;
    expect(order).toMatchObject({ quantity: 3, depositDueSatang: 10845, status: 'awaiting_deposit' });
    expect(await page.getByRole('list', { name: 'สถานะคำสั่งซื้อ' }).textContent()).toContain('จองแล้ว');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'บันทึกรูป QR' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await screenshot(page, 'order');

    // 6. แจ้งชำระเงิน: a file that is not an image is refused in place; the bank slip is kept for the farmer
    const slip = page.getByLabel(/แจ้งชำระเงิน/);
    await slip.setInputFiles({
      name: 'slip.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('this is not a picture'),
    });
    await page.getByRole('alert').getByText('ไม่ใช่รูปสลิปที่อ่านได้').waitFor();
    const png = await slipImage({ payload: slipPayload(newTransRef()) });
    await slip.setInputFiles({ name: 'slip.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('status').getByText('รอตรวจสอบการชำระเงิน').waitFor();
    const withSlip = (await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(token)).expect(200)).body;
    expect(withSlip.slips).toHaveLength(1);
    expect(withSlip.paymentUnderReview).toBe(true);
    await screenshot(page, 'order-slip');

    // 7. my orders: what each order needs from me
    await page.goto('/orders');
    await page.getByRole('link', { name: shop.product.name }).waitFor();
    expect(await page.textContent('main')).toContain('รอตรวจสอบการชำระเงิน');
    await screenshot(page, 'orders');

    // the farmer's side (its own pages come with the producer console): money, harvest, handover
    const farmer = bearer(shop.farmer);
    await recordPayment(sys, shop.farmer, orderId, {
      amountSatang: 10845,
      method: 'promptpay',
      reference: `DEP-${orderId}`,
    });
    await closeAndHarvest(sys, shop.farmer, shop.batchId, 1000);
    const due = await eventuallyStatus(sys, orderId, token, 'awaiting_balance');
    // the deposit's slip was answered by the farmer's record: the balance is due, with its own QR
    await page.goto(`/orders/${orderId}`);
    await page.getByText(`ยอดที่ต้องชำระตอนนี้ ${baht(due.amountDueSatang)}`).waitFor();
    await page.getByRole('img', { name: /พร้อมเพย์/ }).waitFor();
    // …by its balance deadline, 72 h after the harvest, shown in Thai (Buddhist year, Bangkok time)
    expect(new Date(due.balanceDeadline).getTime()).toBe(new Date(due.allocatedAt).getTime() + 72 * 3600_000);
    const deadline = page.getByText(/ชำระยอดคงเหลือภายใน/);
    const bangkokDay = new Intl.DateTimeFormat('th-TH', {
      timeZone: 'Asia/Bangkok',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(due.balanceDeadline));
    const ceYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(
        new Date(due.balanceDeadline),
      ),
    );
    expect(bangkokDay).toContain(String(ceYear + 543));
    const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
    expect(spaced(await deadline.textContent())).toContain(spaced(bangkokDay));
    await screenshot(page, 'order-balance-deadline');
    await recordPayment(sys, shop.farmer, orderId, {
      amountSatang: due.amountDueSatang,
      method: 'transfer',
      reference: `BAL-${orderId}`,
    });
    await sys.http().post(`/api/v1/orders/${orderId}/ready`).set(farmer).expect(200);
    await sys.http().post(`/api/v1/orders/${orderId}/handover`).set(farmer).expect(200);

    // receipt, then a review
    await page.goto(`/orders/${orderId}`);
    await page.getByRole('button', { name: 'ได้รับสินค้าแล้ว' }).click();
    await page.getByRole('heading', { name: 'รีวิวสินค้า' }).waitFor();
    expect(await page.getByRole('list', { name: 'สถานะคำสั่งซื้อ' }).textContent()).toMatch(/สำเร็จ/);
    await page.getByRole('radio', { name: '5 ดาว' }).check();
    await page.getByLabel('ความเห็นของคุณ').fill('หวานฉ่ำ ส่งตรงเวลา');
    await page.getByRole('button', { name: 'ส่งรีวิว' }).click();
    await page.getByText('ขอบคุณสำหรับรีวิว').waitFor();
    await screenshot(page, 'order-completed');
    await page.goto(`/products/${shop.product.id}`);
    await page.getByText('หวานฉ่ำ ส่งตรงเวลา').waitFor();
    await context.close();
  });
});

const baht = (satang: number) =>
  `฿${(satang / 100).toLocaleString('th-TH', { minimumFractionDigits: satang % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

async function eventuallyStatus(sys: TestSystem, orderId: string, token: string, status: string) {
  const { eventually } = await import('@app/testing');
  return eventually(async () => {
    const o = (await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(token)).expect(200)).body;
    if (o.status !== status) throw new Error(`order is ${o.status}`);
    return o;
  });
}
