import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { closeAndHarvest, eventually, recordPayment, reserveForPickup, TestSystem } from '@app/testing';
import { newTransRef, slipImage, slipPayload } from '../../gateway/test/support/slip-images.js';
import { newPage, screenshot, storeToken, useSystemAndBrowser } from './browser.js';
import { bearer, givenOpenShop } from './fixtures.js';

/**
 * The producer's money and handover on a phone (issue 11, items 6–8), against the whole system: a consumer's
 * slip checked in /farmer/payments (ยืนยันรับเงิน, ไม่ตรงยอด with a reason the consumer then reads), the
 * packing list after harvest (พร้อมให้รับ for the whole pickup point, ส่งมอบแล้ว for the order, its CSV),
 * and /farmer/figures once the order completed. The consumer's and the harvest's steps go through the API.
 */
describe('producer console: payments, packing, figures at 360 px', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({ env: { BATCH_SWEEP_INTERVAL_MS: '100' } }, (s, b) => ((sys = s), (browser = b)));

  const no = (orderId: string) => orderId.slice(0, 8).toUpperCase();
  const getOrder = async (token: string, id: string) =>
    (await sys.http().get(`/api/v1/orders/${id}`).set(bearer(token)).expect(200)).body;
  async function signedIn(token: string): Promise<Page> {
    const { page } = await newPage(browser, sys.url, 360);
    await page.goto('/');
    await page.evaluate(storeToken(token));
    return page;
  }
  async function orderWithSlip(consumer: string, batchId: string, pickupPointId: string, quantity: number) {
    const orderId: string = (await reserveForPickup(sys, batchId, consumer, quantity, pickupPointId).expect(201)).body
      .orderId;
    const reference = newTransRef();
    await sys
      .http()
      .post(`/api/v1/orders/${orderId}/slips`)
      .set(bearer(consumer))
      .set('content-type', 'image/png')
      .send(await slipImage({ payload: slipPayload(reference) }))
      .expect(201);
    return { orderId, reference };
  }

  it('confirms one slip, rejects another with a reason, packs and hands over, and shows the figures', async () => {
    const shop = await givenOpenShop(sys);
    const farmer = await sys.userWithRole('producer', {
      laoCode: shop.product.place.laoCode,
      producerId: shop.product.producerId,
    });
    const consumer = await sys.userWithRole('consumer');

    // 6. payments: the slip beside the amount due and its reference; ยืนยันรับเงิน records the deposit
    const a = await orderWithSlip(consumer.token, shop.batchId, shop.pickupPointId, 2);
    const page = await signedIn(farmer.token);
    await page.goto('/farmer/payments');
    const cardA = page.getByRole('article', { name: new RegExp(no(a.orderId)) });
    const img = cardA.getByRole('img', { name: `รูปสลิปโอนเงินของคำสั่งซื้อ ${no(a.orderId)}` });
    await img.waitFor();
    const shown = () =>
      img.evaluate((el) =>
        ((i) => i.complete && i.naturalWidth > 0)(el as unknown as { complete: boolean; naturalWidth: number }),
      );
    await eventually(async () => expect(await shown()).toBe(true));
    expect(await cardA.textContent()).toContain(a.reference);
    expect(await cardA.textContent()).toContain('฿72.30'); // 30% of 2 × ฿120.50
    await screenshot(page, 'farmer-payments');
    await cardA.getByRole('button', { name: 'ยืนยันรับเงิน ฿72.30' }).click();
    await page
      .getByRole('status')
      .getByText(`บันทึกรับเงินคำสั่งซื้อ ${no(a.orderId)} แล้ว`)
      .waitFor();
    await cardA.waitFor({ state: 'detached' });
    expect(await getOrder(farmer.token, a.orderId)).toMatchObject({
      status: 'reserved',
      paidSatang: 7230,
      paymentUnderReview: false,
      slips: [{ status: 'confirmed' }],
    });

    // ไม่ตรงยอด: a reason is required (said beside the box), then the consumer reads it on the order page
    const b = await orderWithSlip(consumer.token, shop.batchId, shop.pickupPointId, 1);
    await page.reload();
    const cardB = page.getByRole('article', { name: new RegExp(no(b.orderId)) });
    await cardB.getByRole('button', { name: 'ไม่ตรงยอด' }).click();
    await cardB.getByRole('button', { name: 'ส่งเหตุผลให้ผู้ซื้อ' }).click();
    await cardB.getByText('กรุณาบอกเหตุผล เพื่อให้ผู้ซื้อแก้ไขได้').waitFor();
    const reason = 'ยอดในสลิป 30 บาท แต่มัดจำคือ 36.15 บาท';
    await cardB.getByLabel('เหตุผลที่ไม่ตรง (ผู้ซื้อจะเห็นข้อความนี้)').fill(reason);
    await screenshot(page, 'farmer-payments-reject');
    await cardB.getByRole('button', { name: 'ส่งเหตุผลให้ผู้ซื้อ' }).click();
    await page
      .getByRole('status')
      .getByText(`แจ้งผู้ซื้อแล้วว่าสลิปของคำสั่งซื้อ ${no(b.orderId)} ไม่ตรงยอด`)
      .waitFor();
    expect(await getOrder(consumer.token, b.orderId)).toMatchObject({
      paymentUnderReview: false,
      slips: [{ status: 'rejected', rejectReason: reason }],
    });
    const shopper = await signedIn(consumer.token);
    await shopper.goto(`/orders/${b.orderId}`);
    await shopper.getByRole('alert').getByText(reason).waitFor();
    await shopper.getByLabel(/แจ้งชำระเงิน/).waitFor();
    await screenshot(shopper, 'order-slip-rejected');

    // 7. after the harvest and the balance (API): the packing list under its pickup point
    await closeAndHarvest(sys, shop.farmer, shop.batchId, 1000);
    const due = await eventually(async () => {
      const o = await getOrder(farmer.token, a.orderId);
      if (o.status !== 'awaiting_balance') throw new Error(`order is ${o.status}`);
      return o;
    });
    await recordPayment(sys, farmer.token, a.orderId, {
      amountSatang: due.amountDueSatang,
      method: 'transfer',
      reference: `BAL-${a.orderId}`,
    });

    await page.goto(`/farmer/batches/${shop.batchId}/packing`);
    const point = page.getByRole('region', { name: 'ศาลาหมู่บ้าน' });
    const lineA = point.locator(`li[data-order="${a.orderId}"]`);
    await lineA.getByText('ชำระครบแล้ว รอเตรียมสินค้า').waitFor();
    expect(await lineA.textContent()).toContain('จัด 2');
    expect(await point.locator(`li[data-order="${b.orderId}"]`).textContent()).toContain('รอชำระส่วนที่เหลือ');
    await screenshot(page, 'farmer-packing');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลด CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain(a.orderId);

    await point.getByRole('button', { name: 'พร้อมให้รับทั้งจุด (1)' }).click();
    await point.getByRole('status').getByText('บันทึกแล้ว 1/1 รายการ').waitFor();
    await lineA.getByRole('button', { name: 'ส่งมอบแล้ว' }).click();
    await lineA.getByText('รับสินค้าแล้ว').waitFor();
    expect((await getOrder(farmer.token, a.orderId)).status).toBe('picked_up');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'farmer-packing-print');
    await page.emulateMedia({ media: 'screen' });

    // 8. figures: the completed order's revenue and its review, this month and this fiscal year
    await sys.http().post(`/api/v1/orders/${a.orderId}/complete`).set(bearer(consumer.token)).expect(200);
    await eventually(async () => {
      await sys
        .http()
        .post(`/api/v1/products/${shop.product.id}/reviews`)
        .set(bearer(consumer.token))
        .send({ orderId: a.orderId, rating: 5, text: 'หวานมาก' })
        .expect(201);
    });
    await eventually(async () => {
      const s = (await sys.http().get('/api/v1/reports/summary').set(bearer(farmer.token)).expect(200)).body;
      if (s.totals.salesCount !== 1) throw new Error(`sales ${s.totals.salesCount}`);
    });
    await page.goto('/farmer/figures');
    const month = page.getByRole('region', { name: 'เดือนนี้' });
    await month.getByText('฿241').waitFor();
    expect(await month.textContent()).toMatch(/คำสั่งซื้อที่สำเร็จ\s*1/);
    expect(await month.textContent()).toContain('คะแนนเฉลี่ย 5.0 จาก 5');
    expect(await page.getByRole('region', { name: /ปีงบประมาณ 25\d\d/ }).textContent()).toContain('฿241');
    await screenshot(page, 'farmer-figures');
  });
});
