import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { eventually, reserveForPickup, TestSystem } from '@app/testing';
import { consumerToken } from '../../harvest-preorder/test/support.js';
import { newPage, screenshot, SCREENSHOTS, storeToken, useSystemAndBrowser } from './browser.js';
import { bearer, givenOpenShop, givenShop } from './fixtures.js';

/**
 * The farmer's side of a batch on a phone: create and open it from the form, watch the live sale move as
 * consumers reserve (no reload), close, preview and record a short harvest — also without signal.
 */
describe('producer console: batches, live sale and harvest (360 px)', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser(
    { services: ['catalog', 'harvest-preorder', 'order'], env: { BATCH_SWEEP_INTERVAL_MS: '100' } },
    (s, b) => ((sys = s), (browser = b)),
  );

  /** The shop's farmer, signed in with a real producer login on a phone-sized page. */
  async function farmerPage(shop: { product: Record<string, string> }) {
    const farmer = await sys.userWithRole('producer', { laoCode: '4560501', producerId: shop.product.producerId });
    const { context, page } = await newPage(browser, sys.url, 360);
    await context.addInitScript({ content: storeToken(farmer.token) });
    return { context, page };
  }

  it('creates and opens a batch from the form, with Thai errors for dates in the wrong order', async () => {
    const shop = await givenShop(sys); // the farmer and one product (its own batch is not used here)
    const { context, page } = await farmerPage(shop);
    await page.goto('/farmer/batches/new');
    await page.getByLabel('สินค้า', { exact: true }).selectOption({ label: shop.product.name });
    await page.getByLabel('วันเริ่มเก็บเกี่ยว').fill('2027-03-10');
    await page.getByLabel('วันเก็บเกี่ยววันสุดท้าย').fill('2027-03-01');
    await page.getByLabel(/ผลผลิตที่คาดว่าจะได้/).fill('500');
    await page.getByLabel(/จำนวนที่เปิดให้จอง/).fill('600');
    // the balance deadline after harvest: 72 hours unless the farmer sets another (1–720)
    const balanceHours = page.getByLabel(/ชำระยอดคงเหลือภายใน/);
    expect(await balanceHours.inputValue()).toBe('72');
    await balanceHours.fill('800');
    await page.getByRole('button', { name: 'บันทึกและเปิดจอง' }).click();
    await page.getByText('วันเก็บเกี่ยววันสุดท้ายต้องไม่ก่อนวันเริ่มเก็บเกี่ยว').waitFor();
    await page.getByText('จำนวนที่เปิดให้จองต้องไม่เกินผลผลิตที่คาดว่าจะได้').waitFor();
    await page.getByText('ใส่จำนวนชั่วโมงเป็นจำนวนเต็ม 1 ถึง 720').waitFor();
    await screenshot(page, 'farmer-batch-form-errors');
    await page
      .locator('fieldset.card', { has: balanceHours })
      .screenshot({ path: join(SCREENSHOTS, 'farmer-batch-balance-hours-360.png') });
    await balanceHours.fill('48');

    await page.getByLabel('วันเก็บเกี่ยววันสุดท้าย').fill('2027-03-20');
    await page.getByLabel(/จำนวนที่เปิดให้จอง/).fill('400');
    await page.getByLabel('ปิดจอง', { exact: true }).fill('2027-02-28T18:00');
    await page.getByLabel('ชื่อจุดรับที่ 1').fill('ตลาดสดดอกคำใต้');
    await page.getByLabel('ที่อยู่หรือจุดสังเกต').fill('หน้าเทศบาล');
    await page.getByLabel('วันที่ให้มารับ').fill('2027-03-21');
    await page.getByRole('button', { name: 'บันทึกและเปิดจอง' }).click();
    await page.waitForURL(/\/farmer\/batches\/[0-9a-f-]{36}$/);
    await page.getByText('เปิดจอง', { exact: true }).first().waitFor();
    const id = page.url().split('/').pop()!;
    const b = (await sys.http().get(`/api/v1/batches/${id}`).expect(200)).body;
    expect(b).toMatchObject({
      status: 'open',
      estimatedQuantity: 500,
      reservableQuantity: 400,
      unitPriceSatang: 12050,
      harvestEnd: '2027-03-20',
      balanceDeadlineHours: 48,
    });
    expect(b.pickupPoints[0]).toMatchObject({
      name: 'ตลาดสดดอกคำใต้',
      windows: [{ start: expect.stringContaining('2027-03-21') }],
    });
    expect(new Date(b.preorderClosesAt).toISOString()).toBe('2027-02-28T11:00:00.000Z'); // typed in Bangkok time
    await screenshot(page, 'farmer-batch');
    await context.close();
  });

  it('shows the live sale as consumers reserve, without a reload', async () => {
    const shop = await givenOpenShop(sys, { reservableQuantity: 20, maxQuantityPerConsumer: 10, waitlist: true });
    const { context, page } = await farmerPage(shop);
    await page.goto(`/farmer/batches/${shop.batchId}/live`);
    await page.getByText('● กำลังอัปเดตสด').waitFor();
    expect(await page.getByTestId('remaining').textContent()).toBe('20');
    await reserveForPickup(sys, shop.batchId, consumerToken(sys).token, 7, shop.pickupPointId).expect(201);
    await reserveForPickup(sys, shop.batchId, consumerToken(sys).token, 10, shop.pickupPointId).expect(201);
    await page.getByTestId('reserved').getByText('17', { exact: true }).waitFor();
    expect(await page.getByTestId('remaining').textContent()).toBe('3');
    expect(await page.locator('.live-recent li').count()).toBe(2);
    await screenshot(page, 'farmer-live');
    await context.close();
  });

  it('closes, previews a short harvest and records it once', async () => {
    const shop = await givenOpenShop(sys, {
      reservableQuantity: 20,
      maxQuantityPerConsumer: 10,
      estimatedQuantity: 25,
    });
    for (const q of [6, 5])
      await reserveForPickup(sys, shop.batchId, consumerToken(sys).token, q, shop.pickupPointId).expect(201);
    const { context, page } = await farmerPage(shop);
    await page.goto(`/farmer/batches/${shop.batchId}`);
    await page.getByRole('button', { name: 'ปิดจอง' }).click();
    await page.getByRole('link', { name: 'บันทึกผลผลิต' }).click();
    await page.getByLabel('ผลผลิตจริง').fill('8');
    const preview = page.getByTestId('harvest-preview');
    await preview.getByText('3 กิโลกรัม').waitFor(); // 11 reserved, 8 harvested: 3 short
    expect(await preview.textContent()).toMatch(/ได้ครบตามจอง1 ราย.*ได้บางส่วน1 ราย.*ไม่ได้เลย \(คืนมัดจำ\)0 ราย/);
    await screenshot(page, 'farmer-harvest-preview');
    await page.getByRole('button', { name: 'บันทึกผลผลิต' }).click();
    await page.getByText('บันทึกผลผลิตแล้ว 8 กิโลกรัม').waitFor();
    expect((await sys.http().get(`/api/v1/batches/${shop.batchId}`).expect(200)).body).toMatchObject({
      status: 'harvested',
      actualQuantity: 8,
    });
    await context.close();
  });

  it('keeps a harvest typed without signal on the phone and records it exactly once when the signal returns', async () => {
    const shop = await givenOpenShop(sys, {
      reservableQuantity: 20,
      maxQuantityPerConsumer: 10,
      estimatedQuantity: 25,
    });
    await reserveForPickup(sys, shop.batchId, consumerToken(sys).token, 6, shop.pickupPointId).expect(201);
    await sys.http().post(`/api/v1/batches/${shop.batchId}/close`).set(bearer(shop.farmer)).expect(200);
    const { context, page } = await farmerPage(shop);
    let harvests = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/harvest$/.test(new URL(r.url()).pathname)) harvests++;
    });
    await page.goto(`/farmer/batches/${shop.batchId}/harvest`);
    await page.getByLabel('ผลผลิตจริง').waitFor();
    await context.setOffline(true);
    await page.getByLabel('ผลผลิตจริง').fill('30');
    page.once('dialog', (d) => void d.accept()); // above the estimate: the farmer confirms
    await page.getByRole('button', { name: 'บันทึกผลผลิต' }).click();
    await page.getByText(/รอส่ง: ผลผลิต 30 กิโลกรัม บันทึกไว้ในเครื่องแล้ว/).waitFor();
    await screenshot(page, 'farmer-harvest-offline');
    expect((await sys.http().get(`/api/v1/batches/${shop.batchId}`).expect(200)).body.status).toBe('closed');

    await context.setOffline(false);
    await page.getByText('บันทึกผลผลิตแล้ว 30 กิโลกรัม').waitFor();
    await eventually(async () =>
      expect((await sys.http().get(`/api/v1/batches/${shop.batchId}`).expect(200)).body).toMatchObject({
        status: 'harvested',
        actualQuantity: 30,
        stockOnHand: 24,
      }),
    );
    // a reload (the queue is empty now) sends nothing more
    await page.reload();
    await page.getByText('บันทึกผลผลิตแล้ว 30 กิโลกรัม').waitFor();
    expect(harvests).toBe(1);
    await context.close();
  });
});
