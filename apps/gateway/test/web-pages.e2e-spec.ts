import { eventually, inlineRefs, mismatches, TestSystem } from '@app/testing';
import type { Schema } from '@app/testing';
import { createProduct, createProducer } from '../../catalog/test/catalog-fixtures.js';
import { consumerToken, givenBatch, reserve } from '../../harvest-preorder/test/support.js';

/** Paths of the gateway controllers whose success responses carry a JSON schema. */
/** Every route of the API, and the health check. */
const DESCRIBED = ['/api/v1', '/health'];
/** Success responses with no JSON body, by design. */
const NO_JSON: Record<string, string> = {
  'delete /api/v1/content-links/{id}': '204',
  'post /api/v1/auth/logout': '204',
  'post /api/v1/admin/users/{id}/revoke-tokens': '204',
};
/** Success responses that are files, not JSON. */
const FILES: Record<string, string> = {
  'get /api/v1/reports/export': 'text/csv',
  'get /api/v1/orders/{id}/slips/{slipId}/image': 'image/webp',
  'get /api/v1/media/{id}/{file}': 'image/webp',
  'get /api/v1/products/{id}/share/poster.png': 'image/png',
  'get /api/v1/batches/{id}/live': 'text/event-stream',
};

describe('web pages: the product page a post links to', () => {
  const sys = TestSystem.forSuite({
    services: ['catalog', 'harvest-preorder', 'order'],
    env: { PUBLIC_BASE_URL: 'https://khongdee.example', BATCH_SWEEP_INTERVAL_MS: '100' },
  });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  it('serves the page at the share kit link, in Thai, with the hashtags, escaping everything', async () => {
    const producer = await createProducer(sys, admin);
    const product = await createProduct(sys, admin, producer.id, {
      name: 'ลำไย <script>alert(1)</script>',
      story: 'หวาน & กรอบ "ที่สุด"',
    });

    const share = await sys.http().get(`/api/v1/products/${product.id}/share`).expect(200);
    const path = new URL(share.body.url).pathname;
    expect(path).toBe(`/products/${product.id}`);

    const res = await sys.http().get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<html lang="th">');
    expect(res.text).toContain('ลำไย &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('หวาน &amp; กรอบ &quot;ที่สุด&quot;');
    expect(res.text).toContain(
      '#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้',
    );
    expect(res.text).toContain('฿120.50');
    expect(res.text).toContain('ยังไม่มีรอบที่เปิดจอง');
    // what Facebook's and LINE's crawlers read, without running JavaScript
    expect(res.text).toContain(`<meta property="og:url" content="https://khongdee.example/products/${product.id}">`);
    expect(res.text).toContain(`<link rel="canonical" href="https://khongdee.example/products/${product.id}">`);
    expect(res.text).toMatch(
      /<meta property="og:title" content="ลำไย &lt;script&gt;alert\(1\)&lt;\/script&gt; ฿120.50">/,
    );
    expect(res.text).toMatch(/<meta property="og:image" content="https:\/\/[^"]+">/);
    expect(res.text).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it("shows the product's open batches with what is left to reserve", async () => {
    const { id, product } = await givenBatch(sys, { reservableQuantity: 750, estimatedQuantity: 800 });
    // its window opened a minute ago: the batch sweeper opens it
    const res = await eventually(async () => {
      const r = await sys.http().get(`/products/${product.productId}`).expect(200);
      expect(r.text).toContain(`href="/batches/${id}/reserve"`);
      return r;
    });
    expect(res.text).toMatch(/เหลือให้จอง<\/dt><dd[^>]*>750 กิโลกรัม/);
    expect(res.text).toContain('จองเลย');
  });

  it('answers 404 pages for unknown or malformed ids, and lists the page in the OpenAPI document', async () => {
    await sys.http().get('/products/00000000-0000-4000-8000-000000000000').expect(404);
    await sys.http().get('/products/not-a-uuid').expect(404);
    const missing = await sys.http().get('/batches/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.text).toContain('ไม่พบหน้านี้');
    await sys.http().get('/no/such/page').expect(404);
    await sys.http().get('/api/v1/no-such-route').expect(404);
    const doc = await sys.http().get('/api/docs-json').expect(200);
    expect(doc.body.paths['/products/{id}'].get.responses['200'].content['text/html']).toBeDefined();
  });

  it('gives every success response of the API a JSON schema (files and 204s named), and real responses conform', async () => {
    const doc = inlineRefs((await sys.http().get('/api/docs-json').expect(200)).body);
    const ops = Object.entries(
      doc.paths as Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
      >,
    )
      .filter(([path]) => DESCRIBED.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
      .flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map(([method, op]) => ({ key: `${method} ${path}`, op })),
      );
    expect(ops.length).toBeGreaterThanOrEqual(61);
    const undescribed = ops.flatMap(({ key, op }) => {
      const success = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      if (NO_JSON[key])
        return success.join() === NO_JSON[key] && !op.responses[NO_JSON[key]].content
          ? []
          : [`${key}: expected only ${NO_JSON[key]} without content`];
      if (FILES[key])
        return success.some((s) => op.responses[s].content?.[FILES[key]]) ? [] : [`${key}: expected ${FILES[key]}`];
      return success.length && success.every((s) => op.responses[s].content?.['application/json']?.schema) ? [] : [key];
    });
    expect(undescribed).toEqual([]);
    const schema = (path: string, method: string, status: string): Schema =>
      doc.paths[path][method].responses[status].content['application/json'].schema;

    // real responses against their documented schemas
    const producer = await createProducer(sys, admin);
    expect(mismatches(schema('/api/v1/producers', 'post', '201'), producer)).toEqual([]);
    const product = await createProduct(sys, admin, producer.id);
    expect(mismatches(schema('/api/v1/products', 'post', '201'), product)).toEqual([]);
    const list = await sys.http().get('/api/v1/products').query({ laoCode: product.place.laoCode }).expect(200);
    expect(mismatches(schema('/api/v1/products', 'get', '200'), list.body)).toEqual([]);
    const lao = await sys.http().get(`/api/v1/laos/${product.place.laoCode}`).expect(200);
    expect(mismatches(schema('/api/v1/laos/{code}', 'get', '200'), lao.body)).toEqual([]);
    const { batch, pickupPointId } = await givenBatch(sys);
    expect(mismatches(schema('/api/v1/batches/{id}', 'get', '200'), batch)).toEqual([]);
    const byIds = await sys.http().get('/api/v1/products').query({ ids: product.id }).expect(200);
    expect(mismatches(schema('/api/v1/products', 'get', '200'), byIds.body)).toEqual([]);
    const subdistricts = await sys.http().get('/api/v1/districts/5605/subdistricts').expect(200);
    expect(mismatches(schema('/api/v1/districts/{code}/subdistricts', 'get', '200'), subdistricts.body)).toEqual([]);
    const consumer = consumerToken(sys);
    const reserved = await reserve(sys, batch.id, consumer.token, {
      quantity: 1,
      fulfilment: { type: 'pickup', pickupPointId },
    }).expect(201);
    const reservation = await sys
      .http()
      .get(`/api/v1/reservations/${reserved.body.id}`)
      .set('authorization', `Bearer ${consumer.token}`)
      .expect(200);
    expect(mismatches(schema('/api/v1/reservations/{id}', 'get', '200'), reservation.body)).toEqual([]);
    const mine = await sys
      .http()
      .get('/api/v1/me/reservations')
      .set('authorization', `Bearer ${consumer.token}`)
      .expect(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mismatches(schema('/api/v1/me/reservations', 'get', '200'), mine.body)).toEqual([]);
  });
});
