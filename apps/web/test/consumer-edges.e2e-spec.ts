import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { reserveForPickup, TestSystem } from '@app/testing';
import { newPage, screenshot, storeToken, tokenOf, useSystemAndBrowser } from './browser.js';
import { bearer, givenOpenShop, givenShop } from './fixtures.js';

/**
 * What goes wrong on a phone in an orchard: a batch that fills while the form is open, a double tap or a
 * lost answer, a session that ends mid-reservation, the waitlist, an unknown link, the API down. Each time
 * the page says so in Thai, in place, and never reserves twice.
 */
describe('consumer pages when things go wrong (360 px)', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({ env: { BATCH_SWEEP_INTERVAL_MS: '100' } }, (s, b) => ((sys = s), (browser = b)));

  /** A consumer with an account, signed in in a new phone-sized page. */
  async function signedInPage() {
    const consumer = await sys.userWithRole('consumer');
    const { context, page } = await newPage(browser, sys.url, 360);
    await context.addInitScript({ content: storeToken(consumer.token) });
    return { consumer, context, page };
  }

  const ordersOf = async (token: string) =>
    (await sys.http().get('/api/v1/orders').set(bearer(token)).expect(200)).body.items as Array<{
      id: string;
      quantity: number;
    }>;

  it('a batch that filled while the form was open: a Thai message in place and the new remaining quantity', async () => {
    const shop = await givenOpenShop(sys, { reservableQuantity: 5, maxQuantityPerConsumer: 5 });
    const { context, page } = await signedInPage();
    await page.goto(`/batches/${shop.batchId}/reserve`);
    await page.getByLabel('จำนวน').fill('4');
    await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
    const other = await sys.userWithRole('consumer');
    await reserveForPickup(sys, shop.batchId, other.token, 3, shop.pickupPointId).expect(201);

    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();
    await page.getByRole('alert').getByText('เหลือไม่พอตามจำนวนที่จอง').waitFor();
    await page.getByText('เหลือ 2 กิโลกรัม').waitFor();
    expect(page.url()).toContain('/reserve');
    await screenshot(page, 'reserve-sold-out');
    await context.close();
  });

  it('a double tap and a lost answer reserve once: the retry carries the same Idempotency-Key', async () => {
    const shop = await givenOpenShop(sys);
    const { consumer, context, page } = await signedInPage();
    // the first answer is lost on the way back (the reservation was made); the page offers to try again
    let dropped = 0;
    const keys: string[] = [];
    await page.route('**/api/v1/batches/*/reservations', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      const response = await route.fetch();
      if (dropped++ === 0) return route.abort('connectionreset');
      return route.fulfill({ response });
    });
    await page.goto(`/batches/${shop.batchId}/reserve`);
    await page.getByLabel('จำนวน').fill('2');
    await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).dblclick();
    await page.getByRole('alert').getByText('ส่งไม่สำเร็จ').waitFor();
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);

    expect(new Set(keys).size).toBe(1);
    const orders = await ordersOf(consumer.token);
    expect(orders).toHaveLength(1);
    expect(page.url()).toContain(orders[0].id);
    const batch = (await sys.http().get(`/api/v1/batches/${shop.batchId}`).expect(200)).body;
    expect(batch.reservedQuantity).toBe(2);
    await context.close();
  });

  it('a session that ended mid-reservation: sign in again and the reservation resumes', async () => {
    const shop = await givenOpenShop(sys);
    const consumer = await sys.userWithRole('consumer');
    const { context, page } = await newPage(browser, sys.url, 360);
    await page.goto('/');
    await page.evaluate(storeToken('expired.token.value'));
    await page.goto(`/batches/${shop.batchId}/reserve`);
    await page.getByLabel('จำนวน').fill('1');
    await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();

    await page.waitForURL(/\/signin/);
    await page.getByText('หมดเวลาการเข้าสู่ระบบ').waitFor();
    await page.getByLabel('เบอร์โทรศัพท์').fill(consumer.phone);
    await page.getByLabel('รหัสผ่าน').fill('password-1234');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orders = await ordersOf((await tokenOf(page))!);
    expect(orders.map((o) => o.quantity)).toEqual([1]);
    await context.close();
  });

  it('a full batch with a waitlist: the button says so, and the page shows the place in line', async () => {
    const shop = await givenOpenShop(sys, { reservableQuantity: 2, maxQuantityPerConsumer: 2, waitlist: true });
    await reserveForPickup(sys, shop.batchId, (await sys.userWithRole('consumer')).token, 2, shop.pickupPointId).expect(
      201,
    );
    const { context, page } = await signedInPage();
    await page.goto(`/batches/${shop.batchId}`);
    await page.getByRole('link', { name: 'เต็มแล้ว — ต่อคิวรอ' }).click();
    await page.getByLabel('จำนวน').fill('1');
    await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
    await page.getByRole('button', { name: 'เต็มแล้ว — ต่อคิวรอ' }).click();
    await page.waitForURL(/\/reservations\/[0-9a-f-]{36}$/);
    await page.getByText('คิวที่ 1').waitFor();
    await screenshot(page, 'waitlist');
    await page.goto('/orders');
    await page.getByText('คิวที่ 1').waitFor();
    await context.close();
  });

  it('home filters by province → district → LAO and category; delivery takes a Thai address from the pickers', async () => {
    const shop = await givenOpenShop(sys);
    const { consumer, context, page } = await signedInPage();
    await page.goto('/');
    await page.getByText('เลือกพื้นที่และประเภท').click();
    await page.getByLabel('จังหวัด').selectOption('56');
    await page.getByLabel('อำเภอ/เขต').selectOption('5605');
    await page.getByLabel('องค์กรปกครองส่วนท้องถิ่น').selectOption('4560501');
    await page.getByLabel('ประเภทสินค้า').selectOption('fruit');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.waitForURL(/lao=4560501/);
    await page.getByRole('link', { name: new RegExp(shop.product.name) }).click();

    await page.getByRole('link', { name: 'จองเลย' }).click();
    await page.getByLabel('จำนวน').fill('2');
    await page.getByLabel('จัดส่ง').check();
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();
    await page.getByText('กรอกบ้านเลขที่ หมู่ และถนน').waitFor(); // the field named in Thai, nothing sent
    await page.getByLabel('ที่อยู่ (บ้านเลขที่ หมู่ ถนน)').fill('99 หมู่ 3 ถนนพหลโยธิน');
    await page.getByLabel('จังหวัด').selectOption('56');
    await page.getByLabel('อำเภอ/เขต').selectOption('5605');
    const sub = page.getByLabel('ตำบล/แขวง');
    await sub.locator('option', { hasText: '56120' }).first().waitFor({ state: 'attached' });
    await sub.selectOption({ index: 1 });
    expect(await page.getByLabel('รหัสไปรษณีย์').inputValue()).toBe('56120');
    await page.getByLabel('เบอร์โทรผู้รับ').fill('0812345678');
    await page.locator('.summary').getByText('฿291').waitFor(); // 2 × ฿120.50 + ฿50 delivery
    await screenshot(page, 'reserve-delivery');
    await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const order = (
      await sys
        .http()
        .get(`/api/v1/orders/${page.url().split('/').pop()}`)
        .set(bearer(consumer.token))
        .expect(200)
    ).body;
    expect(order.fulfilment).toMatchObject({
      type: 'delivery',
      address: {
        line1: '99 หมู่ 3 ถนนพหลโยธิน',
        districtCode: '5605',
        provinceCode: '56',
        postalCode: '56120',
        phone: '0812345678',
      },
    });
    expect(order.deliveryFeeSatang).toBe(5000);
    await page.getByText('จัดส่งที่ 99 หมู่ 3 ถนนพหลโยธิน').waitFor();
    await context.close();
  });

  it('an unknown link answers a Thai 404 page, in the first HTML', async () => {
    const { context, page } = await newPage(browser, sys.url, 360);
    for (const path of [`/products/${randomUUID()}`, `/batches/${randomUUID()}`, '/no-such-page']) {
      const res = await page.goto(path);
      expect(res!.status()).toBe(404);
      await page.getByRole('heading', { name: 'ไม่พบหน้านี้' }).waitFor();
    }
    await screenshot(page, 'not-found');
    await context.close();
  });

  it('the API down: a Thai "try again" state, never a frozen spinner; trying again after it is back works', async () => {
    const shop = await givenShop(sys);
    const { context, page } = await newPage(browser, sys.url, 360);
    await sys.stopApp('catalog');
    try {
      const res = await page.goto(`/products/${shop.product.id}`);
      expect(res!.status()).toBe(503);
      await page.getByRole('heading', { name: 'ระบบไม่ว่างชั่วคราว' }).waitFor({ timeout: 40_000 });
      await screenshot(page, 'api-down');
    } finally {
      await sys.startApp('catalog');
    }
    await page.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
    await page.getByRole('heading', { name: shop.product.name }).waitFor();
    await context.close();
  });

  it('switches to English and back, and the server renders the chosen language', async () => {
    const shop = await givenShop(sys);
    const { context, page } = await newPage(browser, sys.url, 360);
    await page.goto(`/products/${shop.product.id}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Story from the farm' }).waitFor();
    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: 'Story from the farm' }).waitFor();
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();
    await page.getByRole('heading', { name: 'เรื่องเล่าจากสวน' }).waitFor();
    await context.close();
  });
});
