import { eventually, TestSystem } from '@app/testing';
import { createProduct, createProducer } from '../../catalog/test/catalog-fixtures.js';
import { givenBatch } from '../../harvest-preorder/test/support.js';

describe('web pages: the product page a post links to', () => {
  let sys: TestSystem;
  let admin: string;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'harvest-preorder', 'order'], env: { PUBLIC_BASE_URL: 'https://khongdee.example', BATCH_SWEEP_INTERVAL_MS: '100' } });
    admin = await sys.adminToken();
  });
  afterAll(() => sys?.close());

  it('serves the page at the share kit link, in Thai, with the hashtags, escaping everything', async () => {
    const producer = await createProducer(sys, admin);
    const product = await createProduct(sys, admin, producer.id, { name: 'ลำไย <script>alert(1)</script>', story: 'หวาน & กรอบ "ที่สุด"' });

    const share = await sys.http().get(`/api/v1/products/${product.id}/share`).expect(200);
    const path = new URL(share.body.url).pathname;
    expect(path).toBe(`/products/${product.id}`);

    const res = await sys.http().get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<html lang="th">');
    expect(res.text).toContain('ลำไย &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('หวาน &amp; กรอบ &quot;ที่สุด&quot;');
    expect(res.text).toContain('#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้');
    expect(res.text).toContain('฿120.50');
    expect(res.text).toContain('<svg');
    expect(res.text).toContain('ยังไม่มีรอบที่เปิดจอง');
  });

  it("shows the product's open batches with what is left to reserve", async () => {
    const { id, product } = await givenBatch(sys, { reservableQuantity: 750, estimatedQuantity: 800 });
    // its window opened a minute ago: the batch sweeper opens it
    const res = await eventually(async () => {
      const r = await sys.http().get(`/products/${product.productId}`).expect(200);
      expect(r.text).toContain('เปิดจองล่วงหน้า');
      return r;
    });
    expect(res.text).toContain('เหลือให้จอง 750 กิโลกรัม');
    expect(res.text).toContain(id);
  });

  it('answers 404 pages for unknown or malformed ids, and lists the page in the OpenAPI document', async () => {
    await sys.http().get('/products/00000000-0000-4000-8000-000000000000').expect(404);
    await sys.http().get('/products/not-a-uuid').expect(404);
    const doc = await sys.http().get('/api/docs-json').expect(200);
    expect(doc.body.paths['/products/{id}'].get.responses['200'].content['text/html']).toBeDefined();
  });
});
