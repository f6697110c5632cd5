import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { TestSystem } from '@app/testing';
import { createProducer, producerBody } from '../../catalog/test/catalog-fixtures.js';
import { farmPhoto } from '../../gateway/test/support/photo-images.js';
import { newPage, recordRequests, screenshot, storeToken, useSystemAndBrowser } from './browser.js';
import { bearer } from './fixtures.js';

/**
 * A farmer on a phone (360 px) adds a product with two photos from the gallery, one carrying GPS; sees
 * them; copies the share text and downloads the QR poster to print for the stall.
 */
describe('the producer console: products (360 px)', () => {
  let sys: TestSystem;
  let browser: Browser;

  useSystemAndBrowser({ services: ['catalog'] }, (s, b) => ((sys = s), (browser = b)));

  async function farmerPage() {
    const producer = await createProducer(sys, await sys.adminToken(), producerBody());
    const farmer = await sys.userWithRole('producer', { laoCode: producer.laoCode as string, producerId: producer.id });
    const { context, page } = await newPage(browser, sys.url, 360);
    await context.addInitScript({ content: storeToken(farmer.token) });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sys.url });
    return { producer, farmer, context, page };
  }

  it('adds a product with two photos (GPS removed), copies the share text and downloads the QR poster', async () => {
    const { farmer, context, page } = await farmerPage();
    const tag = randomUUID().slice(0, 6);
    const photos = [
      {
        name: 'IMG_0001.jpg',
        mimeType: 'image/jpeg',
        buffer: await farmPhoto({ width: 3000, height: 2000, gps: true }),
      },
      {
        name: 'IMG_0002.jpg',
        mimeType: 'image/jpeg',
        buffer: await farmPhoto({ width: 1200, height: 1600, hue: '#cc3333' }),
      },
    ];

    await page.goto('/farmer/products');
    await page.getByRole('link', { name: 'เพิ่มสินค้า' }).click();
    await page.getByLabel('ชื่อสินค้า').fill(`มะม่วงน้ำดอกไม้สีทอง ${tag}`);
    await page.getByLabel('ประเภทสินค้า').selectOption('fruit');
    await page.getByLabel('ราคาต่อหน่วย (บาท)').fill('120.50');
    await page.getByLabel('หน่วยที่ขาย').selectOption('kg');
    await page.getByLabel('เรื่องเล่าจากสวน').fill('สวนของลุงมาอยู่ริมกว๊านพะเยา เก็บมะม่วงตอนเช้าแล้วบ่มด้วยวิธีธรรมชาติ');
    await page.getByLabel('เม.ย.').check();
    await page.getByLabel('พ.ค.').check();
    await page.getByLabel('แฮชแท็กของสินค้า').fill('#มะม่วงพะเยา #ปลอดสาร');
    await page.getByLabel('ลิงก์คลิปวิดีโอ').fill('https://www.tiktok.com/@lungma/video/7312345678');
    // a wrong price is named in Thai beside its field, and nothing is sent
    await page.getByLabel('ราคาต่อหน่วย (บาท)').fill('ร้อยยี่สิบ');
    await page.getByRole('button', { name: 'บันทึกสินค้า' }).click();
    await page.getByText('กรอกราคาเป็นตัวเลข เช่น 120 หรือ 120.50').waitFor();
    await page.getByLabel('ราคาต่อหน่วย (บาท)').fill('120.50');
    // a file that is no picture is refused beside the photo field
    await page
      .getByLabel('รูปสินค้า')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await page.getByText('ไฟล์นี้ไม่ใช่รูปภาพ').waitFor();
    await page.getByLabel('รูปสินค้า').setInputFiles(photos);
    await page.getByText('รอส่ง').first().waitFor();
    await screenshot(page, 'farmer-product-new');

    const posts = recordRequests(page, 'POST', '/api/v1/products', (r) => r.headers()['idempotency-key']);
    await page.getByRole('button', { name: 'บันทึกสินค้า' }).click();
    await page.waitForURL(/\/farmer\/products\/[0-9a-f-]{36}\?saved=1$/);
    await page.getByText('บันทึกแล้ว').waitFor();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatch(/^[0-9a-f-]{36}$/);

    const id = page.url().split('/').pop()!.split('?')[0];
    const product = (await sys.http().get(`/api/v1/products/${id}`).expect(200)).body;
    expect(product).toMatchObject({
      priceSatang: 12050,
      seasonMonths: [4, 5],
      tags: ['มะม่วงพะเยา', 'ปลอดสาร'],
      producerId: (await me(farmer.token)).producerId,
    });
    const stored = product.media.filter((m: { type: string }) => m.type === 'photo').map((m: { url: string }) => m.url);
    expect(stored).toHaveLength(2);
    expect(product.media.at(-1)).toEqual({ type: 'video', url: 'https://www.tiktok.com/@lungma/video/7312345678' });
    for (const url of stored) {
      const meta = await sharp((await sys.http().get(url).buffer(true).expect(200)).body).metadata();
      expect(meta.exif).toBeUndefined();
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1600);
    }
    // the photos are on the page, both loaded
    await page.waitForFunction(
      () =>
        [...(globalThis as unknown as Doc).document.querySelectorAll('.fp-photos img')].filter(
          (i: Img) => i.complete && i.naturalWidth > 0,
        ).length === 2,
    );
    expect(await page.locator('.fp-photos img').count()).toBe(2);

    // the share kit: the caption with the programme's hashtags, copied
    const caption = await page.getByLabel('ข้อความสำหรับโพสต์ (พร้อมแฮชแท็กของโครงการ)').inputValue();
    expect(caption).toContain('#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา');
    expect(caption).toContain('#มะม่วงพะเยา');
    await page.getByRole('button', { name: 'คัดลอกข้อความ' }).click();
    await page.getByText('คัดลอกข้อความแล้ว').waitFor();
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).toBe(caption);
    await page.getByRole('link', { name: new RegExp(`/products/${id}$`) }).waitFor();

    // the QR poster, downloaded as a PNG
    await page.locator('.fp-poster').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => (globalThis as unknown as Doc).document.querySelector('.fp-poster')?.naturalWidth === 1240,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'ดาวน์โหลดโปสเตอร์ QR (PNG)' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const poster = await sharp(png).metadata();
    expect([poster.width, poster.height]).toEqual([1240, 1754]);
    expect(png.length).toBeGreaterThan(10_000);
    await screenshot(page, 'farmer-product-saved');

    // the list shows it with its photos; the consumer's page shows both photos
    await page.goto('/farmer/products');
    await page
      .getByRole('link', { name: new RegExp(tag) })
      .getByText('รูป 2/8')
      .waitFor();
    await screenshot(page, 'farmer-products');
    await page.goto(`/products/${id}`);
    await page.locator(`img[src="${stored[0]}"]`).waitFor();
    await context.close();
  });

  it('edits a product: a photo made first and a wrong contact named in Thai; another producer’s product is not editable', async () => {
    const { producer, farmer, context, page } = await farmerPage();
    const created = await sys
      .http()
      .post('/api/v1/products')
      .set(bearer(farmer.token))
      .send({ producerId: producer.id, name: 'ข้าวหอมมะลิ', category: 'rice_grain', unit: 'bag', priceSatang: 25000 })
      .expect(201);
    for (const hue of ['#aa8800', '#0088aa']) {
      await sys
        .http()
        .post(`/api/v1/products/${created.body.id}/photos`)
        .set(bearer(farmer.token))
        .set('content-type', 'image/jpeg')
        .send(await farmPhoto({ width: 800, height: 600, hue }))
        .expect(201);
    }
    const before = (await sys.http().get(`/api/v1/products/${created.body.id}`)).body.media.map(
      (m: { url: string }) => m.url,
    );
    await page.goto(`/farmer/products/${created.body.id}`);
    await page.getByRole('button', { name: 'ใช้เป็นรูปแรก' }).click();
    await page.getByLabel('เบอร์โทรศัพท์').fill('12345');
    await page.getByRole('button', { name: 'บันทึกสินค้า' }).click();
    await page.getByText('กรอกเบอร์โทรศัพท์ไทย เช่น 0812345678').waitFor();
    await screenshot(page, 'farmer-product-error');
    await page.getByLabel('เบอร์โทรศัพท์').fill('0812345678');
    await page.getByRole('button', { name: 'บันทึกสินค้า' }).click();
    await page.getByText('บันทึกแล้ว').waitFor();
    const after = (await sys.http().get(`/api/v1/products/${created.body.id}`).expect(200)).body;
    expect(after.media.map((m: { url: string }) => m.url)).toEqual([before[1], before[0]]);
    expect(after.contacts.phone).toBe('0812345678');

    const stranger = await farmerPage();
    await stranger.page.goto(`/farmer/products/${created.body.id}`);
    await stranger.page.getByLabel('ชื่อสินค้า').fill('ของคนอื่น');
    await stranger.page.getByRole('button', { name: 'บันทึกสินค้า' }).click();
    await stranger.page.getByText('บัญชีนี้แก้ไขสินค้านี้ไม่ได้').waitFor();
    expect((await sys.http().get(`/api/v1/products/${created.body.id}`)).body.name).toBe('ข้าวหอมมะลิ');
    await stranger.context.close();
    await context.close();
  });

  async function me(token: string) {
    return (await sys.http().get('/api/v1/auth/me').set(bearer(token)).expect(200)).body;
  }
});

/** The page's document inside page functions (serialised into the page; the tests are type-checked without the DOM library). */
interface Img {
  complete: boolean;
  naturalWidth: number;
}
type Doc = { document: { querySelectorAll(s: string): Img[]; querySelector(s: string): Img | null } };
