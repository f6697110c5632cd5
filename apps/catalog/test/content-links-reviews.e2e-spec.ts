import { randomUUID } from 'node:crypto';
import { OrderEvents } from '@app/contracts';
import type { OrderCompletedV1 } from '@app/contracts';
import { DataSource } from 'typeorm';
import { eventually, inRolledBackTransaction, publishEvent, TestSystem } from '@app/testing';
import { ContentLinkKey1764400000000 } from '../src/migrations/1764400000000-content-link-key.js';
import {
  BAN_THAM,
  bearer,
  CHIANG_MAI_CITY,
  createProduct,
  createProducer,
  DOK_KHAMTAI,
  outboxEvents,
  producerBody,
} from './catalog-fixtures.js';

describe('catalog: content links and verified reviews (issue 3, points 6–7)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });
  let laoAdmin: string;
  let laoAdminId: string;

  beforeAll(async () => {
    const a = await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI });
    laoAdmin = a.token;
    laoAdminId = a.id;
  });

  const field = (res: { body: { fields?: Array<{ field: string }> } }) => [
    ...new Set(res.body.fields?.map((f) => f.field)),
  ];
  const unique = () => Math.random().toString(36).slice(2, 10);
  const postLink = (token: string, body: object) =>
    sys.http().post('/api/v1/content-links').set(bearer(token)).send(body);

  describe('content links', () => {
    it('stores the normalised URL, refuses the same post twice, and raises catalog.content-link.published', async () => {
      const product = await createProduct(sys, laoAdmin, (await createProducer(sys, laoAdmin)).id);
      const post = unique();
      const res = await postLink(laoAdmin, {
        url: `HTTPS://WWW.Facebook.com/dokkhamtai/posts/${post}/?fbclid=abc&utm_source=line`,
        platform: 'facebook',
        laoCode: DOK_KHAMTAI,
        productId: product.id,
        publishedAt: '2026-06-01T09:00:00+07:00',
      }).expect(201);
      expect(res.body).toMatchObject({
        url: `https://www.facebook.com/dokkhamtai/posts/${post}`,
        platform: 'facebook',
        laoCode: DOK_KHAMTAI,
        provinceCode: '56',
        productId: product.id,
        producerId: product.producerId,
        publishedAt: '2026-06-01T02:00:00.000Z',
        createdBy: laoAdminId,
      });
      const dup = await postLink(laoAdmin, {
        url: `https://www.facebook.com/dokkhamtai/posts/${post}?utm_campaign=x`,
        platform: 'facebook',
        laoCode: DOK_KHAMTAI,
        publishedAt: '2026-06-02T09:00:00+07:00',
      }).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE', fields: [{ field: 'url' }] });
      await eventually(async () => {
        const [e] = await outboxEvents(sys, 'catalog.content-link.published', 'contentLinkId', res.body.id);
        expect(e).toMatchObject({
          published: true,
          payload: { data: { url: res.body.url, laoCode: DOK_KHAMTAI, districtCode: '5605', productId: product.id } },
        });
      });
    });

    it('answers a retried creation with the same Idempotency-Key with the same link; the key for another link is named', async () => {
      const key = `retry-${unique()}`;
      const body = {
        url: `https://www.facebook.com/dokkhamtai/posts/${unique()}`,
        platform: 'facebook',
        laoCode: DOK_KHAMTAI,
        publishedAt: '2026-06-01T09:00:00+07:00',
      };
      const first = await postLink(laoAdmin, body).set('Idempotency-Key', key).expect(201);
      const again = await postLink(laoAdmin, body).set('Idempotency-Key', key).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await outboxEvents(sys, 'catalog.content-link.published', 'contentLinkId', first.body.id)).toHaveLength(1);
      const otherLink = { ...body, url: `https://www.facebook.com/dokkhamtai/posts/${unique()}` };
      const reused = await postLink(laoAdmin, otherLink).set('Idempotency-Key', key).expect(409);
      expect(reused.body.fields.map((f: { field: string }) => f.field)).toEqual(['Idempotency-Key']);
      // without a key the same post is still refused, naming url
      const dup = await postLink(laoAdmin, body).expect(409);
      expect(dup.body.fields.map((f: { field: string }) => f.field)).toEqual(['url']);
    });

    it('counts http/https and the m./www./web. hosts of a platform as the same post, showing the URL as given', async () => {
      const post = unique();
      const body = { platform: 'facebook', laoCode: DOK_KHAMTAI, publishedAt: '2026-06-01T00:00:00Z' };
      const first = await postLink(laoAdmin, { ...body, url: `http://m.facebook.com/dokkhamtai/posts/${post}` }).expect(
        201,
      );
      expect(first.body.url).toBe(`http://m.facebook.com/dokkhamtai/posts/${post}`);
      for (const url of [
        `https://m.facebook.com/dokkhamtai/posts/${post}`,
        `https://www.facebook.com/dokkhamtai/posts/${post}/`,
        `http://web.facebook.com/dokkhamtai/posts/${post}`,
      ]) {
        const dup = await postLink(laoAdmin, { ...body, url }).expect(409);
        expect([url, field(dup)]).toEqual([url, ['url']]);
      }
      const video = `example.org/v/${unique()}`;
      await postLink(laoAdmin, { ...body, platform: 'other', url: `https://${video}` }).expect(201);
      expect(
        field(await postLink(laoAdmin, { ...body, platform: 'other', url: `http://${video}` }).expect(409)),
      ).toEqual(['url']);
    });

    it('answers 400 naming url for a URL that passes the format check but cannot be parsed', async () => {
      const res = await postLink(laoAdmin, {
        url: 'http://xn--a.com/p',
        platform: 'other',
        laoCode: DOK_KHAMTAI,
        publishedAt: '2026-06-01T00:00:00Z',
      }).expect(400);
      expect(field(res)).toEqual(['url']);
    });

    it('does not show who added a link to the public, only to administrators of its area', async () => {
      const link = (
        await postLink(laoAdmin, {
          url: `https://www.tiktok.com/@x/video/${unique()}`,
          platform: 'tiktok',
          laoCode: DOK_KHAMTAI,
          publishedAt: '2026-06-01T00:00:00Z',
        }).expect(201)
      ).body;
      const find = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.find((i) => i.id === link.id);
      const query = { laoCode: DOK_KHAMTAI, from: '2026-06-01', to: '2026-06-02', pageSize: 200 };
      const pub = find(await sys.http().get('/api/v1/content-links').query(query).expect(200));
      expect(pub).toMatchObject({ id: link.id, url: link.url });
      expect(pub).not.toHaveProperty('createdBy');
      const stranger = (await sys.userWithRole('lao_admin', { laoCode: BAN_THAM })).token;
      expect(
        find(await sys.http().get('/api/v1/content-links').set(bearer(stranger)).query(query).expect(200)),
      ).not.toHaveProperty('createdBy');
      expect(
        find(await sys.http().get('/api/v1/content-links').set(bearer(laoAdmin)).query(query).expect(200)),
      ).toMatchObject({ createdBy: laoAdminId });
    });

    it('migrates links stored before the duplicate key: each gets its key, the same post stored twice keeps both rows', async () => {
      const ds = await new DataSource({ type: 'postgres', url: sys.databaseUrl('catalog') }).initialize();
      try {
        await inRolledBackTransaction(ds, async (qr) => {
          const migration = new ContentLinkKey1764400000000();
          await migration.down(qr);
          const post = unique();
          const insert = (url: string, at: string) =>
            qr.query(
              `INSERT INTO content_links (id, url, platform, lao_code, published_at, created_by, created_at) VALUES ($1, $2, 'facebook', $3, now(), $1, $4) RETURNING id`,
              [randomUUID(), url, DOK_KHAMTAI, at],
            );
          const [[older], [newer]] = [
            await insert(`http://m.facebook.com/a/posts/${post}`, '2026-01-01'),
            await insert(`https://www.facebook.com/a/posts/${post}`, '2026-01-02'),
          ];
          await migration.up(qr);
          const rows: Array<{ id: string; url_key: string }> = await qr.query(
            `SELECT id, url_key FROM content_links WHERE id = ANY($1) ORDER BY created_at`,
            [[older.id, newer.id]],
          );
          expect(rows).toEqual([
            { id: older.id, url_key: `https://facebook.com/a/posts/${post}` },
            { id: newer.id, url_key: `https://facebook.com/a/posts/${post}#${newer.id}` },
          ]);
          await expect(insert(`https://facebook.com/a/posts/${post}`, '2026-01-03')).rejects.toThrow(/url_key/);
        });
      } finally {
        await ds.destroy();
      }
    });

    it('lists by LAO, product and period', async () => {
      const lao = '5560504';
      const admin = await sys.adminToken();
      const product = await createProduct(sys, admin, (await createProducer(sys, admin, producerBody(lao))).id);
      const add = (publishedAt: string, productId?: string) =>
        postLink(admin, {
          url: `https://www.tiktok.com/@x/video/${unique()}`,
          platform: 'tiktok',
          laoCode: lao,
          productId,
          publishedAt,
        }).expect(201);
      const may = await add('2026-05-15T10:00:00Z', product.id);
      const june = await add('2026-06-15T10:00:00Z');
      const july = await add('2026-07-15T10:00:00Z', product.id);
      const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((i) => i.id);

      expect(ids(await sys.http().get('/api/v1/content-links').query({ laoCode: lao }).expect(200))).toEqual([
        july.body.id,
        june.body.id,
        may.body.id,
      ]);
      expect(ids(await sys.http().get('/api/v1/content-links').query({ productId: product.id }).expect(200))).toEqual([
        july.body.id,
        may.body.id,
      ]);
      const june2026 = await sys
        .http()
        .get('/api/v1/content-links')
        .query({ laoCode: lao, from: '2026-06-01', to: '2026-07-01' })
        .expect(200);
      expect(june2026.body).toMatchObject({ total: 1, items: [{ id: june.body.id }] });
      expect(field(await sys.http().get('/api/v1/content-links').query({ laoCode: '4569999' }).expect(404))).toEqual([
        'laoCode',
      ]);
      expect(field(await sys.http().get('/api/v1/content-links').query({ from: 'last week' }).expect(400))).toEqual([
        'from',
      ]);
    });

    it('refuses bad input naming the field, and another LAO’s admin', async () => {
      const body = {
        url: `https://youtu.be/${unique()}`,
        platform: 'youtube',
        laoCode: DOK_KHAMTAI,
        publishedAt: '2026-06-01T00:00:00Z',
      };
      const refusals: Array<[change: object, status: number, field: string]> = [
        [{ laoCode: '4569999' }, 404, 'laoCode'],
        [{ url: 'ftp://example.org/x' }, 400, 'url'],
        [{ platform: 'myspace' }, 400, 'platform'],
        [{ publishedAt: 'yesterday' }, 400, 'publishedAt'],
      ];
      for (const [change, status, named] of refusals) {
        expect(field(await postLink(laoAdmin, { ...body, ...change }).expect(status))).toEqual([named]);
      }
      const other = (await sys.userWithRole('lao_admin', { laoCode: BAN_THAM })).token;
      expect((await postLink(other, body).expect(403)).body.code).toBe('FORBIDDEN');
      const product = await createProduct(sys, laoAdmin, (await createProducer(sys, laoAdmin)).id);
      const elsewhere = await postLink(await sys.adminToken(), {
        ...body,
        laoCode: CHIANG_MAI_CITY,
        productId: product.id,
      }).expect(400);
      expect(field(elsewhere)).toEqual(['productId']);
      await sys.http().post('/api/v1/content-links').send(body).expect(401);
      expect(
        (await sys.http().get('/api/v1/content-links').query({ laoCode: DOK_KHAMTAI }).expect(200)).body.items.map(
          (i: { url: string }) => i.url,
        ),
      ).not.toContain(body.url);
    });

    it('is removable by whoever added it or an administrator of its LAO, raising catalog.content-link.removed', async () => {
      const add = async (token: string) =>
        (
          await postLink(token, {
            url: `https://www.instagram.com/p/${unique()}`,
            platform: 'instagram',
            laoCode: DOK_KHAMTAI,
            publishedAt: '2026-06-01T00:00:00Z',
          }).expect(201)
        ).body;
      const colleague = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
      const stranger = (await sys.userWithRole('lao_admin', { laoCode: BAN_THAM })).token;
      const province = (await sys.userWithRole('province_admin', { provinceCode: '56' })).token;
      const farmer = await createProducer(sys, laoAdmin);
      const farmerToken = (await sys.userWithRole('producer', { laoCode: DOK_KHAMTAI, producerId: farmer.id })).token;

      const a = await add(laoAdmin);
      await sys.http().delete(`/api/v1/content-links/${a.id}`).set(bearer(stranger)).expect(403);
      await sys.http().delete(`/api/v1/content-links/${a.id}`).set(bearer(farmerToken)).expect(403);
      await sys.http().delete(`/api/v1/content-links/${a.id}`).set(bearer(colleague)).expect(204);
      await sys.http().delete(`/api/v1/content-links/${a.id}`).set(bearer(colleague)).expect(404);

      const b = await add(farmerToken);
      await sys.http().delete(`/api/v1/content-links/${b.id}`).set(bearer(farmerToken)).expect(204);
      const c = await add(laoAdmin);
      await sys.http().delete(`/api/v1/content-links/${c.id}`).set(bearer(province)).expect(204);

      await eventually(async () => {
        for (const id of [a.id, b.id, c.id]) {
          const [e] = await outboxEvents(sys, 'catalog.content-link.removed', 'contentLinkId', id);
          expect(e).toMatchObject({ published: true, payload: { data: { laoCode: DOK_KHAMTAI, provinceCode: '56' } } });
        }
      });
      // a removed link may be registered again
      await postLink(laoAdmin, {
        url: a.url,
        platform: 'instagram',
        laoCode: DOK_KHAMTAI,
        publishedAt: '2026-06-01T00:00:00Z',
      }).expect(201);
    });
  });

  describe('reviews', () => {
    /** Publishes order.completed exactly as the order service's outbox relay does. */
    async function completeOrder(consumerId: string, productId: string): Promise<string> {
      const orderId = randomUUID();
      const data: OrderCompletedV1 = {
        orderId,
        completedAt: new Date().toISOString(),
        consumerId,
        producerId: randomUUID(),
        producerKind: 'farmer',
        producerMemberCount: 1,
        productId,
        category: 'fruit',
        quantity: 2,
        goodsTotalSatang: 24100,
        laoCode: DOK_KHAMTAI,
        districtCode: '5605',
        provinceCode: '56',
      };
      const nc = await sys.connectNats();
      try {
        await publishEvent(nc, OrderEvents.completed, data);
      } finally {
        await nc.close();
      }
      return orderId;
    }

    const review = (token: string, productId: string, body: Record<string, unknown>) =>
      sys.http().post(`/api/v1/products/${productId}/reviews`).set(bearer(token)).send(body);

    it('lets the consumer of a completed order review the product once; the product shows average and count, newest first', async () => {
      const product = await createProduct(sys, laoAdmin, (await createProducer(sys, laoAdmin)).id);
      const consumer = await sys.userWithRole('consumer');
      const first = await completeOrder(consumer.id, product.id);
      const second = await completeOrder(consumer.id, product.id);

      const r1 = await eventually(
        async () =>
          (await review(consumer.token, product.id, { orderId: first, rating: 5, text: 'หวานมาก' }).expect(201)).body,
      );
      expect(r1).toMatchObject({ orderId: first, productId: product.id, rating: 5, text: 'หวานมาก' });
      const again = await review(consumer.token, product.id, { orderId: first, rating: 1, text: 'อีกครั้ง' }).expect(409);
      expect(again.body).toMatchObject({ code: 'DUPLICATE', fields: [{ field: 'orderId' }] });
      await eventually(() =>
        review(consumer.token, product.id, { orderId: second, rating: 4, text: 'ส่งไว' }).expect(201),
      );

      const shown = await sys.http().get(`/api/v1/products/${product.id}`).expect(200);
      expect(shown.body).toMatchObject({ ratingAverage: 4.5, ratingCount: 2 });
      const list = await sys.http().get(`/api/v1/products/${product.id}/reviews`).expect(200);
      expect(list.body.total).toBe(2);
      expect(list.body.items.map((r: { text: string }) => r.text)).toEqual(['ส่งไว', 'หวานมาก']);
    });

    it('refuses another consumer, another product, unknown orders and bad ratings, writing nothing', async () => {
      const product = await createProduct(sys, laoAdmin, (await createProducer(sys, laoAdmin)).id);
      const otherProduct = await createProduct(sys, laoAdmin, (await createProducer(sys, laoAdmin)).id);
      const buyer = await sys.userWithRole('consumer');
      const neighbour = await sys.userWithRole('consumer');
      const orderId = await completeOrder(buyer.id, product.id);
      await eventually(async () => {
        expect((await review(neighbour.token, product.id, { orderId, rating: 5, text: 'x' })).status).toBe(403);
      });
      expect(field(await review(buyer.token, otherProduct.id, { orderId, rating: 5, text: 'x' }).expect(404))).toEqual([
        'orderId',
      ]);
      expect(
        field(await review(buyer.token, product.id, { orderId: randomUUID(), rating: 5, text: 'x' }).expect(404)),
      ).toEqual(['orderId']);
      for (const rating of [0, 6, 4.5, '5'])
        expect(field(await review(buyer.token, product.id, { orderId, rating, text: 'x' }).expect(400))).toEqual([
          'rating',
        ]);
      await sys
        .http()
        .post(`/api/v1/products/${product.id}/reviews`)
        .send({ orderId, rating: 5, text: 'x' })
        .expect(401);
      expect(field(await review(buyer.token, randomUUID(), { orderId, rating: 5, text: 'x' }).expect(404))).toEqual([
        'productId',
      ]);

      expect((await sys.http().get(`/api/v1/products/${product.id}`).expect(200)).body).toMatchObject({
        ratingAverage: null,
        ratingCount: 0,
      });
      expect((await sys.http().get(`/api/v1/products/${product.id}/reviews`).expect(200)).body).toEqual({
        items: [],
        total: 0,
      });
      await review(buyer.token, product.id, { orderId, rating: 3, text: 'พอใช้' }).expect(201);
    });
  });
});
