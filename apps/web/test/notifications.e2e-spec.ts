import type { Browser, Page } from 'playwright-core';
import { eventually, reserveForPickup, TestSystem } from '@app/testing';
import { startFakes } from '../../notification/test/fakes.js';
import { newTransRef, slipImage, slipPayload } from '../../gateway/test/support/slip-images.js';
import { launch, newPage, screenshot, storeToken } from './browser.js';
import { bearer, givenOpenShop } from './fixtures.js';

const TOKENS = {
  line: 'line-channel-token',
  sms: 'sms-api-token',
  loginCode: 'line-login-code',
  lineUserId: 'U4af4980629a1b2c3d4e5f60718293a4b',
};
const WIDTHS = [360, 1280] as const;

/**
 * The bell and the notification settings in a real browser against the real catalog, harvest-preorder,
 * order and notification services: a reservation is told in the list under the bell, read by a tap; the
 * settings page keeps a channel choice, shows the API's 400 beside the e-mail field, and links LINE
 * through LINE Login (LINE's authorize page is the only stand-in: the browser is sent straight back with a
 * code, as LINE does once the user agrees; the token and profile calls go to the notification suite's fake).
 */
describe('notifications in the browser', () => {
  let sys: TestSystem;
  let browser: Browser;
  let fakes: Awaited<ReturnType<typeof startFakes>>;

  beforeAll(async () => {
    fakes = await startFakes(TOKENS);
    [sys, browser] = await Promise.all([
      TestSystem.start({
        services: ['catalog', 'harvest-preorder', 'order', 'notification'],
        appEnv: { notification: fakes.env },
        env: { BATCH_SWEEP_INTERVAL_MS: '100' },
      }),
      launch(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
    await fakes?.close();
  });

  const inbox = async (token: string) =>
    (await sys.http().get('/api/v1/me/notifications?page=1&pageSize=50').set(bearer(token)).expect(200)).body;
  const untilUnread = (token: string, n: number) =>
    eventually(async () => {
      const page = await inbox(token);
      // the list and the count are two reads: wait until both show the new ones
      expect(page.unread).toBe(n);
      expect(page.items.filter((i: { readAt: string | null }) => !i.readAt)).toHaveLength(n);
      return page;
    });
  const bell = (page: Page, unread: number) =>
    page.getByRole('button', { name: unread ? `การแจ้งเตือน ${unread} รายการที่ยังไม่ได้อ่าน` : 'การแจ้งเตือน', exact: true });

  it.each(WIDTHS)(
    'at %i px: a reservation is told under the bell; a tap reads it and opens the order; more pages on demand',
    async (width) => {
      const shop = await givenOpenShop(sys, { maxQuantityPerConsumer: 20 });
      const consumer = await sys.userWithRole('consumer');
      const { context, page } = await newPage(browser, sys.url, width);
      await context.addInitScript({ content: storeToken(consumer.token) });

      // the consumer reserves in the browser
      await page.goto(`/batches/${shop.batchId}/reserve`);
      await page.getByLabel('จำนวน').fill('2');
      await page.getByLabel('จุดรับสินค้า').selectOption(shop.pickupPointId);
      await page.getByRole('button', { name: 'ยืนยันการจอง' }).click();
      await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
      const orderPath = new URL(page.url()).pathname;

      // the notification service learns it from the order's event; the next page the consumer opens shows it
      const told = await untilUnread(consumer.token, 1);
      await page.goto('/orders');
      await bell(page, 1).waitFor();
      expect(await page.locator('.bell-count').textContent()).toBe('1');
      await screenshot(page, 'notifications-bell');

      await bell(page, 1).click();
      const panel = page.locator('#bell-panel');
      const title = `จองสำเร็จ: ${shop.product.name}`;
      const item = panel.getByRole('link', { name: new RegExp(title) });
      await item.waitFor();
      expect(await bell(page, 1).getAttribute('aria-expanded')).toBe('true');
      expect(await item.getAttribute('href')).toBe(orderPath);
      expect(await panel.locator('.notif-item.unread').count()).toBe(1);
      const text = (await item.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain('ยังไม่ได้อ่าน');
      expect(text).not.toContain('http'); // the absolute link written for SMS and e-mail is the item itself here
      // the time in Thai: Buddhist year, Bangkok time
      const when = new Date(told.items[0].createdAt);
      const thaiDay = new Intl.DateTimeFormat('th-TH', {
        timeZone: 'Asia/Bangkok',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      })
        .format(when)
        .replace(/\s+/g, ' ');
      const ceYear = Number(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(when),
      );
      expect(thaiDay).toContain(String(ceYear + 543));
      expect(text).toContain(thaiDay);
      await screenshot(page, 'notifications-list');

      // a tap: marked read, the order opens, the count drops
      await item.click();
      await page.waitForURL((u) => u.pathname === orderPath);
      await bell(page, 0).waitFor();
      expect(await page.locator('.bell-count').count()).toBe(0);
      expect((await inbox(consumer.token)).items[0].readAt).not.toBeNull();
      await bell(page, 0).click();
      await panel.getByRole('link', { name: new RegExp(title) }).waitFor();
      expect(await panel.locator('.notif-item.unread').count()).toBe(0);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });

      // ten more: the first ten, then "ดูเพิ่มเติม" brings the eleventh (the one already read), and no further button
      for (let i = 0; i < 10; i++)
        await reserveForPickup(sys, shop.batchId, consumer.token, 1, shop.pickupPointId).expect(201);
      await untilUnread(consumer.token, 10);
      await page.reload();
      await bell(page, 10).click();
      await panel.locator('.notif-item').nth(9).waitFor();
      expect(await panel.locator('.notif-item').count()).toBe(10);
      await screenshot(page, 'notifications-list-full');
      await panel.getByRole('button', { name: 'ดูเพิ่มเติม' }).click();
      await panel.locator('.notif-item').nth(10).waitFor();
      expect(await panel.locator('.notif-item.unread').count()).toBe(10);
      await panel.getByRole('button', { name: 'ดูเพิ่มเติม' }).waitFor({ state: 'detached' });
      await context.close();
    },
  );

  it.each(WIDTHS)(
    'at %i px: signed out → sign in → settings; a bad e-mail is refused beside the field; a channel choice is kept; LINE links',
    async (width) => {
      const consumer = await sys.userWithRole('consumer');
      const { context, page } = await newPage(browser, sys.url, width);

      // the opt-out link of an SMS, opened signed out: sign in, and back to the settings
      await page.goto('/me/notifications/settings');
      await page.waitForURL(/\/signin\?next=%2Fme%2Fnotifications%2Fsettings/);
      await page.getByLabel('อีเมลหรือเบอร์โทรศัพท์').fill(consumer.phone);
      await page.getByLabel('รหัสผ่าน').fill('password-1234');
      await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
      await page.waitForURL((u) => u.pathname === '/me/notifications/settings');
      await page.getByRole('heading', { name: 'ตั้งค่าการแจ้งเตือน', level: 1 }).waitFor();

      // nothing told yet: the bell's list says so in Thai; a list that cannot load says so in place, with a retry
      await page.route('**/api/v1/me/notifications?*', (route) => route.abort('connectionreset'));
      await bell(page, 0).click();
      const panel = page.locator('#bell-panel');
      await panel.getByRole('alert').getByText('โหลดการแจ้งเตือนไม่สำเร็จ').waitFor();
      await page.unroute('**/api/v1/me/notifications?*');
      await panel.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
      await panel.getByText('ยังไม่มีการแจ้งเตือน').waitFor();
      await screenshot(page, 'notifications-empty');
      await page.keyboard.press('Escape');

      // defaults (LINE not linked): SMS for money; LINE cannot be chosen before it is linked
      const refund = page.getByRole('group', { name: 'คืนเงินแล้ว' });
      expect(await refund.getByLabel('SMS').isChecked()).toBe(true);
      expect(await refund.getByLabel('อีเมล').isChecked()).toBe(false);
      expect(await refund.getByLabel('LINE').isDisabled()).toBe(true);
      expect(await page.getByRole('group', { name: 'มีสลิปการโอนเงินรอตรวจ' }).count()).toBe(0); // a producer's kind

      // a bad e-mail: the API's 400 names the field, shown beside it in Thai; nothing of the form is kept
      await page.getByLabel('อีเมลสำหรับรับการแจ้งเตือน').fill('somjai-at-example');
      await refund.getByLabel('อีเมล').check();
      const [refused] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/api/v1/me/notification-preferences') && r.request().method() === 'PUT',
        ),
        page.getByRole('button', { name: 'บันทึก', exact: true }).click(),
      ]);
      expect(refused.status()).toBe(400);
      expect((await refused.json()).fields).toEqual([expect.objectContaining({ field: 'email' })]);
      const emailError = page.locator('#notif-email-error');
      await emailError.getByText('อีเมลไม่ถูกต้อง').waitFor();
      expect(await page.getByLabel('อีเมลสำหรับรับการแจ้งเตือน').getAttribute('aria-describedby')).toContain(
        'notif-email-error',
      );
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('notif-email');
      await page.getByRole('alert').getByText('บันทึกไม่สำเร็จ').waitFor();
      await screenshot(page, 'notifications-settings-bad-email');
      const unchanged = (
        await sys.http().get('/api/v1/me/notification-preferences').set(bearer(consumer.token)).expect(200)
      ).body;
      expect(unchanged.email).toBeNull();
      expect(unchanged.channels.refund_paid).toEqual(['sms']);

      // corrected: saved, and still there after a reload
      await page.getByLabel('อีเมลสำหรับรับการแจ้งเตือน').fill('somjai@example.com');
      expect(await emailError.count()).toBe(0);
      await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
      await page.getByRole('status').getByText('บันทึกการตั้งค่าแล้ว').waitFor();
      const saved = (
        await sys.http().get('/api/v1/me/notification-preferences').set(bearer(consumer.token)).expect(200)
      ).body;
      expect(saved.email).toBe('somjai@example.com');
      expect([...saved.channels.refund_paid].sort()).toEqual(['email', 'sms']);
      expect(saved.channels.review_requested).toEqual([]); // a kind left alone keeps its default
      await page.reload();
      expect(await page.getByRole('group', { name: 'คืนเงินแล้ว' }).getByLabel('อีเมล').isChecked()).toBe(true);
      expect(await page.getByLabel('อีเมลสำหรับรับการแจ้งเตือน').inputValue()).toBe('somjai@example.com');
      await screenshot(page, 'notifications-settings');

      // "เชื่อมต่อ LINE": to LINE's authorize page, which sends the browser back with a code and the same state
      let authorize: URL | undefined;
      await page.route(`${new URL(fakes.env.LINE_AUTHORIZE_URL).origin}/**`, (route) => {
        authorize = new URL(route.request().url());
        const back = new URL('/me/line/callback', sys.url);
        back.searchParams.set('code', TOKENS.loginCode);
        back.searchParams.set('state', authorize.searchParams.get('state')!);
        return route.fulfill({ status: 302, headers: { location: back.toString() } });
      });
      await page.getByRole('button', { name: 'เชื่อมต่อ LINE' }).click();
      await page.waitForURL(
        (u) => u.pathname === '/me/notifications/settings' && u.searchParams.get('line') === 'linked',
      );
      expect(authorize?.pathname).toBe('/oauth2/v2.1/authorize');
      expect(new URL(authorize!.searchParams.get('redirect_uri')!).pathname).toBe('/me/line/callback');
      await page.getByRole('status').getByText('เชื่อมต่อ LINE สำเร็จ').waitFor();
      expect(await page.getByRole('group', { name: 'คืนเงินแล้ว' }).getByLabel('LINE').isDisabled()).toBe(false);
      expect(
        (await sys.http().get('/api/v1/me/notification-preferences').set(bearer(consumer.token)).expect(200)).body
          .lineLinked,
      ).toBe(true);
      await screenshot(page, 'notifications-line-linked');

      // the same state again (a reload of LINE's return, a shared link): refused, said in Thai, a way back
      await page.goto(`/me/line/callback?code=${TOKENS.loginCode}&state=${authorize!.searchParams.get('state')}`);
      await page.getByRole('alert').getByText('ลิงก์เชื่อมต่อนี้หมดอายุหรือถูกใช้ไปแล้ว').waitFor();
      await page.getByRole('link', { name: 'กลับไปหน้าตั้งค่าการแจ้งเตือน' }).waitFor();
      await screenshot(page, 'notifications-line-replayed');
      expect(fakes.captured.refused).toEqual([]);
      await context.close();
    },
  );

  it('at 360 px: the producer’s bell over the console tells of a slip to check, and its link opens the slips', async () => {
    // a window closing in days, not the default hour: within NOTIFICATION_WINDOW_CLOSING_LEAD_HOURS (24) the
    // notification sweep also tells the producer "window closing", whenever its next tick comes — a second unread
    const shop = await givenOpenShop(sys, { preorderClosesAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    const farmer = await sys.userWithRole('producer', {
      laoCode: shop.batch.laoCode,
      producerId: shop.batch.producerId,
    });
    const consumer = await sys.userWithRole('consumer');
    const order = (await reserveForPickup(sys, shop.batchId, consumer.token, 1, shop.pickupPointId).expect(201)).body;
    const orderId = order.orderId as string;
    expect(orderId).toBeDefined();
    await sys
      .http()
      .post(`/api/v1/orders/${orderId}/slips`)
      .set(bearer(consumer.token))
      .set('content-type', 'image/png')
      .send(await slipImage({ payload: slipPayload(newTransRef()) }))
      .expect(201);
    await untilUnread(farmer.token, 1);

    const { context, page } = await newPage(browser, sys.url, 360);
    await context.addInitScript({ content: storeToken(farmer.token) });
    await page.goto('/farmer');
    await bell(page, 1).click();
    const item = page
      .locator('#bell-panel')
      .getByRole('link', { name: new RegExp(`มีสลิปรอตรวจ: ${shop.product.name}`) });
    await item.waitFor();
    await screenshot(page, 'notifications-farmer');
    await item.click();
    await page.waitForURL((u) => u.pathname === '/farmer/orders');
    await page.getByRole('heading', { name: 'ตรวจการชำระเงิน' }).waitFor();
    await bell(page, 0).waitFor();
    await context.close();
  });
});
