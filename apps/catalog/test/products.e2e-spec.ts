import { CatalogSubjects } from '@app/contracts';
import { expectPathsDocumented, TestSystem } from '@app/testing';
import { PHAYAO_DEMO, seedPhayaoDemo } from '../demo/seed-phayao.js';
import {
  bearer,
  CHIANG_MAI_CITY,
  createProduct,
  createProducer,
  DOK_KHAMTAI,
  productBody,
  producerBody,
  queryDb,
} from './catalog-fixtures.js';

const BASE = 'https://khongdee.example';
const DOK_KHAMTAI_LINE =
  '#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้';

describe('catalog: products, hashtags, share kit, browse (issue 3, points 3–5 and 8)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'], env: { PUBLIC_BASE_URL: `${BASE}/` } });
  let admin: string;
  let laoAdmin: string;
  let producerId: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
    laoAdmin = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
    producerId = (await createProducer(sys, laoAdmin)).id;
  });

  const field = (res: { body: { fields?: Array<{ field: string }> } }) => res.body.fields?.map((f) => f.field);
  const postProduct = (token: string, body: object) =>
    sys.http().post('/api/v1/products').set(bearer(token)).send(body);
  /** POST /products as the LAO's administrator under an Idempotency-Key. */
  const postProductWithKey = (key: string, body: object) =>
    sys.http().post('/api/v1/products').set(bearer(laoAdmin)).set('Idempotency-Key', key).send(body);
  const patchProduct = (token: string, id: string, body: object) =>
    sys.http().patch(`/api/v1/products/${id}`).set(bearer(token)).send(body);

  describe('products and hashtags', () => {
    it('creates a product with story and media, and the exact hashtag line of Dok Khamtai', async () => {
      const res = await postProduct(laoAdmin, productBody(producerId)).expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        producerId,
        name: 'ลำไยอบแห้งสีทอง',
        priceSatang: 12050,
        story: expect.stringContaining('ลุงมา'),
        media: [
          { type: 'photo', url: 'https://example.org/lamyai.jpg' },
          { type: 'video', url: 'https://www.tiktok.com/@lungma/video/7312345678' },
        ],
        seasonMonths: [7, 8],
        contacts: { phone: '0812345678', lineId: '@lungma', facebookUrl: 'https://www.facebook.com/lungma' },
        place: { laoCode: DOK_KHAMTAI, districtCode: '5605', provinceCode: '56' },
        ratingAverage: null,
        ratingCount: 0,
      });
      expect(res.body.hashtags).toBe(DOK_KHAMTAI_LINE);
      const read = await sys.http().get(`/api/v1/products/${res.body.id}`).expect(200);
      expect(read.body.hashtags).toBe(DOK_KHAMTAI_LINE);
    });

    it('answers a retried creation with the same Idempotency-Key with the same product, never a second one', async () => {
      const key = `retry-${Date.now()}-${Math.random()}`;
      const own = (await createProducer(sys, laoAdmin)).id;
      const first = await postProductWithKey(key, productBody(own)).expect(201);
      const again = await postProductWithKey(key, productBody(own)).expect(201);
      expect(again.body.id).toBe(first.body.id);
      expect(await queryDb(sys, 'catalog', `SELECT id FROM products WHERE producer_id = $1`, [own])).toHaveLength(1);
      // a client-sent id is never used: the gateway sets it from the key (or leaves it to the catalog)
      const other = await postProduct(laoAdmin, { ...productBody(own), id: first.body.id }).expect(201);
      expect(other.body.id).not.toBe(first.body.id);
      // the same key for another producer's product is a mistake, named
      const elsewhere = (await createProducer(sys, laoAdmin)).id;
      const reused = await postProductWithKey(key, productBody(elsewhere)).expect(409);
      expect(field(reused)).toEqual(['Idempotency-Key']);
      expect(field(await postProductWithKey('two words', productBody(own)).expect(400))).toEqual(['Idempotency-Key']);
    });

    it('corrects a product: absent fields are kept, null clears the story or the own contacts', async () => {
      const p = await createProduct(sys, laoAdmin, producerId, { contacts: { lineId: '@product-line' } });
      expect(p.contacts).toEqual({ lineId: '@product-line' });
      const changed = await patchProduct(laoAdmin, p.id, { story: null, priceSatang: 15000 }).expect(200);
      expect(changed.body).toMatchObject({
        story: null,
        priceSatang: 15000,
        description: 'ลำไยอบแห้งเนื้อทอง',
        contacts: { lineId: '@product-line' },
      });
      const back = await patchProduct(laoAdmin, p.id, { contacts: null }).expect(200);
      expect(back.body.contacts).toEqual({
        phone: '0812345678',
        lineId: '@lungma',
        facebookUrl: 'https://www.facebook.com/lungma',
      });
    });

    it("appends the producer's own tags without spaces or dots", async () => {
      const p = await createProduct(sys, laoAdmin, producerId, { tags: ['ลำไย อบแห้ง', 'ของดี.พะเยา'] });
      expect(p.hashtags).toBe(`${DOK_KHAMTAI_LINE} #ลำไยอบแห้ง #ของดีพะเยา`);
    });

    it('updates the hashtags when the LAO is corrected or the producer moves to another LAO', async () => {
      await sys
        .http()
        .post('/api/v1/laos')
        .set(bearer(admin))
        .send({ code: '6560599', type: 'subdistrict_admin_org', nameTh: 'บ้านเก่า', districtCode: '5605' })
        .expect(201);
      const producer = await createProducer(sys, admin, producerBody('6560599'));
      const p = await createProduct(sys, admin, producer.id);
      expect(p.hashtags.endsWith('#อำเภอดอกคำใต้ #องค์การบริหารส่วนตำบลบ้านเก่า')).toBe(true);

      await sys.http().patch('/api/v1/laos/6560599').set(bearer(admin)).send({ nameTh: 'บ้าน ใหม่' }).expect(200);
      expect(
        (await sys.http().get(`/api/v1/products/${p.id}`).expect(200)).body.hashtags.endsWith(
          '#องค์การบริหารส่วนตำบลบ้านใหม่',
        ),
      ).toBe(true);

      await sys
        .http()
        .patch(`/api/v1/producers/${producer.id}`)
        .set(bearer(admin))
        .send({ laoCode: CHIANG_MAI_CITY })
        .expect(200);
      const moved = await sys.http().get(`/api/v1/products/${p.id}`).expect(200);
      expect(moved.body.hashtags).toBe(
        '#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดเชียงใหม่ #อำเภอเมืองเชียงใหม่ #เทศบาลนครเชียงใหม่',
      );
      expect(moved.body.place).toMatchObject({ laoCode: CHIANG_MAI_CITY, provinceCode: '50' });
    });

    it('refuses bad input naming the field and writes nothing', async () => {
      const before = await queryDb(sys, 'catalog', 'SELECT count(*)::int AS n FROM products');
      const cases: Array<[Record<string, unknown>, string[]]> = [
        [{ priceSatang: -1 }, ['priceSatang']],
        [{ priceSatang: 120.5 }, ['priceSatang']],
        [{ priceSatang: '12050' }, ['priceSatang']],
        [{ media: [{ type: 'photo', url: 'ftp://example.org/a.jpg' }] }, ['media[0].url']],
        [
          {
            media: [
              { type: 'photo', url: 'https://example.org/a.jpg' },
              { type: 'video', url: 'javascript:alert(1)' },
            ],
          },
          ['media[1].url'],
        ],
        [{ media: [{ type: 'sticker', url: 'https://example.org/a.jpg' }] }, ['media[0].type']],
        [{ seasonMonths: [0, 13] }, ['seasonMonths']],
        [{ category: 'gadgets' }, ['category']],
        [{ unit: 'ton' }, ['unit']],
        [{ contacts: [{ phone: '0812345678' }] }, ['contacts']],
        [{ contacts: 'line: @x' }, ['contacts']],
        [{ media: null }, ['media']],
      ];
      for (const [extra, fields] of cases) {
        const res = await postProduct(laoAdmin, productBody(producerId, extra)).expect(400);
        expect([extra, [...new Set(field(res))]]).toEqual([extra, fields]);
      }
      const unknown = await postProduct(laoAdmin, productBody('00000000-0000-4000-8000-000000000000')).expect(404);
      expect(field(unknown)).toEqual(['producerId']);
      const other = (await sys.userWithRole('lao_admin', { laoCode: CHIANG_MAI_CITY })).token;
      await postProduct(other, productBody(producerId)).expect(403);
      await sys.http().post('/api/v1/products').send(productBody(producerId)).expect(401);
      expect(await queryDb(sys, 'catalog', 'SELECT count(*)::int AS n FROM products')).toEqual(before);

      const p = await createProduct(sys, laoAdmin, producerId);
      expect(field(await patchProduct(laoAdmin, p.id, { priceSatang: -5 }).expect(400))).toEqual(['priceSatang']);
      expect((await sys.http().get(`/api/v1/products/${p.id}`).expect(200)).body.priceSatang).toBe(12050);
      // null clears only what can be empty (story, description, own contacts); elsewhere it is a mistake, not "keep"
      for (const key of ['name', 'category', 'unit', 'priceSatang', 'media', 'seasonMonths', 'tags']) {
        const res = await patchProduct(laoAdmin, p.id, { [key]: null }).expect(400);
        expect([key, [...new Set(field(res))]]).toEqual([key, [key]]);
      }
      expect(field(await patchProduct(laoAdmin, p.id, { contacts: [{ lineId: '@x' }] }).expect(400))).toEqual([
        'contacts',
      ]);
      expect((await sys.http().get(`/api/v1/products/${p.id}`).expect(200)).body).toMatchObject({
        name: 'ลำไยอบแห้งสีทอง',
        contacts: { phone: '0812345678' },
      });
      expect(field(await sys.http().get('/api/v1/products/not-a-uuid').expect(400))).toEqual(['id']);
      expect(field(await sys.http().get('/api/v1/products/00000000-0000-4000-8000-000000000000').expect(404))).toEqual([
        'id',
      ]);
    });
  });

  describe('share kit', () => {
    it('answers without a login: caption with name, story, price in baht, contacts, link and hashtags; the link as a QR code', async () => {
      const p = await createProduct(sys, laoAdmin, producerId);
      const res = await sys.http().get(`/api/v1/products/${p.id}/share`).expect(200);
      const url = `${BASE}/products/${p.id}`;
      expect(res.body.url).toBe(url);
      expect(res.body.hashtags).toBe(DOK_KHAMTAI_LINE);
      expect(res.body.caption.split('\n')).toEqual([
        'ลำไยอบแห้งสีทอง',
        'ลุงมาปลูกลำไยบนดอยมาสามสิบปี เก็บผลตอนเช้า อบด้วยเตาถ่านของหมู่บ้าน',
        'ราคา ฿120.50 ต่อกิโลกรัม',
        'ติดต่อ: โทร 0812345678 | LINE @lungma | Facebook https://www.facebook.com/lungma',
        `สั่งจองล่วงหน้าได้ที่ ${url}`,
        '',
        DOK_KHAMTAI_LINE,
      ]);
      expect(res.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<path[\s\S]*<\/svg>\s*$/);
    });

    it('leaves contacts out when the producer did not consent', async () => {
      const shy = await createProducer(sys, laoAdmin, producerBody(DOK_KHAMTAI, { publishContacts: false }));
      const p = await createProduct(sys, laoAdmin, shy.id);
      expect(p.contacts).toEqual({});
      const res = await sys.http().get(`/api/v1/products/${p.id}/share`).expect(200);
      expect(res.body.caption).not.toContain('0812345678');
      expect(res.body.caption).not.toContain('ติดต่อ');
    });
  });

  describe('browse and search', () => {
    const LAO = '5560503'; // เทศบาลตำบลห้วยลาน, used by this block only
    let ids: Record<string, string>;

    beforeAll(async () => {
      const p = await createProducer(sys, admin, producerBody(LAO));
      ids = {};
      for (const [name, category] of [
        ['มังคุดหวานจากสวนลุงมา', 'fruit'],
        ['ทุเรียนหมอนทอง', 'fruit'],
        ['เงาะโรงเรียน', 'fruit'],
        ['กล้วยตาก', 'processed_food'],
      ]) {
        ids[name] = (
          await createProduct(sys, admin, p.id, { name, category, story: 'ปลูกแบบอินทรีย์', description: null })
        ).id;
      }
    });

    const names = (res: { body: { items: Array<{ name: string }> } }) => res.body.items.map((i) => i.name);

    it('finds Thai words inside names without spaces', async () => {
      const mangosteen = await sys.http().get('/api/v1/products').query({ q: 'มังคุด' }).expect(200);
      expect(names(mangosteen)).toEqual(['มังคุดหวานจากสวนลุงมา']);
      const durian = await sys.http().get('/api/v1/products').query({ q: 'ทุเรียน' }).expect(200);
      expect(names(durian)).toEqual(['ทุเรียนหมอนทอง']);
      expect(
        (await sys.http().get('/api/v1/products').query({ q: 'สวนลุง', laoCode: LAO }).expect(200)).body.total,
      ).toBe(1);
      expect((await sys.http().get('/api/v1/products').query({ q: '100%_' }).expect(200)).body.total).toBe(0);
    });

    it('lists in Thai order (a leading vowel sorts by its consonant) with filters and pages', async () => {
      const all = await sys.http().get('/api/v1/products').query({ laoCode: LAO }).expect(200);
      expect(names(all)).toEqual(['กล้วยตาก', 'เงาะโรงเรียน', 'ทุเรียนหมอนทอง', 'มังคุดหวานจากสวนลุงมา']);
      expect(all.body.total).toBe(4);
      const page2 = await sys.http().get('/api/v1/products').query({ laoCode: LAO, page: 2, pageSize: 2 }).expect(200);
      expect(page2.body).toMatchObject({ total: 4 });
      expect(names(page2)).toEqual(['ทุเรียนหมอนทอง', 'มังคุดหวานจากสวนลุงมา']);
      expect(
        names(await sys.http().get('/api/v1/products').query({ laoCode: LAO, category: 'processed_food' }).expect(200)),
      ).toEqual(['กล้วยตาก']);
      const inDistrict = await sys
        .http()
        .get('/api/v1/products')
        .query({ districtCode: '5605', q: 'เงาะ' })
        .expect(200);
      expect(names(inDistrict)).toEqual(['เงาะโรงเรียน']);
      expect(
        (await sys.http().get('/api/v1/products').query({ provinceCode: '50', q: 'เงาะ' }).expect(200)).body.total,
      ).toBe(0);
      expect(
        (await sys.http().get('/api/v1/products').query({ provinceCode: '56', q: 'เงาะ' }).expect(200)).body.total,
      ).toBe(1);
    });

    it('names an unknown place code with 404 and a malformed query with 400', async () => {
      expect(field(await sys.http().get('/api/v1/products').query({ laoCode: '4569999' }).expect(404))).toEqual([
        'laoCode',
      ]);
      expect(field(await sys.http().get('/api/v1/products').query({ provinceCode: '99' }).expect(404))).toEqual([
        'provinceCode',
      ]);
      expect(field(await sys.http().get('/api/v1/products').query({ districtCode: '5699' }).expect(404))).toEqual([
        'districtCode',
      ]);
      expect(field(await sys.http().get('/api/v1/products').query({ pageSize: 1000 }).expect(400))).toEqual([
        'pageSize',
      ]);
    });

    it('answers 400 naming page for a page number too large to mean anything (was a 500 from SQL)', async () => {
      const product = await createProduct(sys, laoAdmin, producerId);
      const lists = [
        '/api/v1/products',
        '/api/v1/laos',
        '/api/v1/producers',
        '/api/v1/content-links',
        `/api/v1/products/${product.id}/reviews`,
      ];
      for (const path of lists) {
        for (const page of ['1e300', '99999999999999999999', '100001']) {
          const res = await sys.http().get(path).query({ page });
          expect([path, page, res.status, field(res)]).toEqual([path, page, 400, ['page']]);
        }
        await sys.http().get(path).query({ page: 100000 }).expect(200);
      }
    });

    it('answers the product snapshot that harvest-preorder uses to create batches', async () => {
      const nc = await sys.connectNats();
      try {
        const request = {
          pattern: CatalogSubjects.getProductSnapshot,
          id: 'snap-1',
          data: { caller: null, requestId: 'snap-1', data: { productId: ids['กล้วยตาก'] } },
        };
        const reply = (
          await nc.request(CatalogSubjects.getProductSnapshot, JSON.stringify(request), { timeout: 5000 })
        ).json<{ response: unknown }>();
        expect(reply.response).toEqual({
          productId: ids['กล้วยตาก'],
          productName: 'กล้วยตาก',
          category: 'processed_food',
          unit: 'kg',
          priceSatang: 12050,
          producerId: expect.any(String),
          producerName: expect.stringContaining('ลุงมา'),
          producerKind: 'farmer',
          producerMemberCount: 1,
          promptPayId: '0812345678',
          laoCode: LAO,
          districtCode: '5605',
          provinceCode: '56',
        });
      } finally {
        await nc.close();
      }
    });
  });

  it('seeds the Phayao demo through the API, once', async () => {
    const first = await seedPhayaoDemo(sys.url, admin);
    const again = await seedPhayaoDemo(sys.url, admin);
    expect(again).toEqual(first);
    const product = await sys.http().get(`/api/v1/products/${first.productId}`).expect(200);
    expect(product.body).toMatchObject({
      name: PHAYAO_DEMO.product.name,
      place: { laoCode: DOK_KHAMTAI },
      media: PHAYAO_DEMO.product.media,
    });
    expect(product.body.hashtags).toBe(`${DOK_KHAMTAI_LINE} #ลำไยอบแห้ง #ของดีพะเยา`);
    const farmer = await sys.login(PHAYAO_DEMO.producer.account.phone, PHAYAO_DEMO.producer.account.password);
    expect((await sys.http().get('/api/v1/auth/me').set(bearer(farmer)).expect(200)).body.producerId).toBe(
      first.producerId,
    );
  });

  it('documents the catalog endpoints in OpenAPI', async () => {
    await expectPathsDocumented(sys, [
      '/api/v1/producers',
      '/api/v1/products',
      '/api/v1/products/{id}',
      '/api/v1/products/{id}/share',
      '/api/v1/products/{id}/reviews',
      '/api/v1/content-links',
      '/api/v1/content-links/{id}',
      '/api/v1/laos/{code}',
    ]);
  });
});
