import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { TestSystem } from '@app/testing';
import {
  bearer,
  BAN_THAM,
  createProducer,
  createProduct,
  producerBody,
  queryDb,
} from '../../catalog/test/catalog-fixtures.js';
import { farmPhoto } from './support/photo-images.js';
import { pngBomb } from './support/slip-images.js';

/**
 * Product photos from a producer's phone: checked by content, EXIF/GPS dropped, a web copy and a thumbnail
 * stored in the catalog's database, served immutable; only the product's producer or its area's admins
 * add them; the first photo is the share page's og:image; the share poster is a PNG.
 */
describe('product photos and the share poster', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'], env: { PUBLIC_BASE_URL: 'https://khongdee.example' } });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  /** A producer with its own login and a product without photos. */
  async function givenProduct() {
    const producer = await createProducer(sys, admin);
    const farmer = await sys.userWithRole('producer', { laoCode: producer.laoCode as string, producerId: producer.id });
    const product = await createProduct(sys, admin, producer.id, {
      media: [{ type: 'video', url: 'https://www.tiktok.com/@lungma/video/7312345678' }],
    });
    return { producer, farmer, product };
  }

  const upload = (id: string, token: string, body: Buffer, type = 'image/jpeg') =>
    sys.http().post(`/api/v1/products/${id}/photos`).set(bearer(token)).set('content-type', type).send(body);
  const lastPhoto = (product: { media: Array<{ type: string; url: string }> }) =>
    product.media.filter((m) => m.type === 'photo').at(-1)!;
  const mediaRows = async () =>
    (await queryDb<{ n: number }>(sys, 'catalog', `SELECT count(*)::int AS n FROM media`))[0].n;

  it('stores a phone JPEG as an upright ≤ 1600 px WebP and a 400 px thumbnail, without GPS, served immutable', async () => {
    const { farmer, product } = await givenProduct();
    const jpeg = await farmPhoto({ width: 4000, height: 3000, gps: true });
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    // a phone often sends no useful Content-Type: the type is read from the bytes
    const res = await upload(product.id, farmer.token, jpeg, 'application/octet-stream').expect(201);
    // after the photos, before the clips
    expect(res.body.media.map((m: { type: string }) => m.type)).toEqual(['photo', 'video']);
    const photo = lastPhoto(res.body);
    expect(photo).toEqual({ type: 'photo', url: expect.stringMatching(/^\/api\/v1\/media\/[0-9a-f]{64}\/web\.webp$/) });

    const web = await sys.http().get(photo.url).buffer(true).expect(200);
    expect(web.headers['content-type']).toBe('image/webp');
    expect(web.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(web.body).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1600, 1200]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const thumb = await sys.http().get(photo.url.replace('web.webp', 'thumb.webp')).buffer(true).expect(200);
    expect((await sharp(thumb.body).metadata()).width).toBe(400);

    // the same photo again (a retried upload) is the photo already there
    const again = await upload(product.id, farmer.token, jpeg).expect(201);
    expect(again.body.media.filter((m: { type: string }) => m.type === 'photo')).toHaveLength(1);
    await sys
      .http()
      .get(`/api/v1/media/${'0'.repeat(64)}/web.webp`)
      .expect(404);
    await sys.http().get(photo.url.replace('web.webp', 'original.jpg')).expect(400);
  });

  it('refuses text named .jpg, a broken image, a decompression bomb and a body over 10 MB — naming the field, storing nothing', async () => {
    const { farmer, product } = await givenProduct();
    const before = await mediaRows();
    const cases: Array<[Buffer, string, number]> = [
      [Buffer.from('this is not an image, whatever its name says'), 'image/jpeg', 400],
      [(await farmPhoto()).subarray(0, 300), 'image/jpeg', 400],
      [pngBomb(), 'image/png', 400],
      [randomBytes(10 * 1024 * 1024 + 1), 'image/jpeg', 413],
    ];
    for (const [body, type, status] of cases) {
      const res = await upload(product.id, farmer.token, body, type).expect(status);
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'photo' })]);
    }
    expect(await mediaRows()).toBe(before);
    expect((await sys.http().get(`/api/v1/products/${product.id}`).expect(200)).body.media).toHaveLength(1);
  });

  it('takes at most 8 photos per product', async () => {
    const { farmer, product } = await givenProduct();
    const hues = ['#f00000', '#e01000', '#d02000', '#c03000', '#b04000', '#a05000', '#906000', '#807000', '#708000'];
    for (const hue of hues.slice(0, 8))
      await upload(
        product.id,
        farmer.token,
        await farmPhoto({ width: 800, height: 600, hue, format: 'png' }),
        'image/png',
      ).expect(201);
    const res = await upload(
      product.id,
      farmer.token,
      await farmPhoto({ width: 800, height: 600, hue: hues[8] }),
    ).expect(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'photo', message: expect.stringContaining('at most 8') });
  });

  it("lets the producer and its LAO's admin add photos; another producer, another LAO's admin and nobody signed in may not", async () => {
    const { producer, product } = await givenProduct();
    const jpeg = await farmPhoto({ width: 600, height: 400 });
    const other = await createProducer(sys, admin, producerBody(BAN_THAM));
    const otherFarmer = await sys.userWithRole('producer', { laoCode: BAN_THAM, producerId: other.id });
    const otherLaoAdmin = await sys.userWithRole('lao_admin', { laoCode: BAN_THAM });
    const laoAdmin = await sys.userWithRole('lao_admin', { laoCode: producer.laoCode as string });
    const before = await mediaRows();
    await upload(product.id, otherFarmer.token, jpeg).expect(403);
    await upload(product.id, otherLaoAdmin.token, jpeg).expect(403);
    await sys
      .http()
      .post(`/api/v1/products/${product.id}/photos`)
      .set('content-type', 'image/jpeg')
      .send(jpeg)
      .expect(401);
    await upload('6f1e2d3c-5b4a-4c9d-8e7f-1a2b3c4d5e6f', laoAdmin.token, jpeg).expect(404);
    expect(await mediaRows()).toBe(before);
    await upload(product.id, laoAdmin.token, jpeg).expect(201);
  });

  it("makes the first photo the share page's og:image (absolute), and the photo paths survive a PATCH of media", async () => {
    const { farmer, product } = await givenProduct();
    const first = lastPhoto(
      (await upload(product.id, farmer.token, await farmPhoto({ width: 1200, height: 900 })).expect(201)).body,
    ).url;
    const second = lastPhoto(
      (
        await upload(product.id, farmer.token, await farmPhoto({ width: 1200, height: 900, hue: '#3366ff' })).expect(
          201,
        )
      ).body,
    ).url;
    // the producer puts the photos first and drops the clip: the stored paths are valid media URLs
    const patched = await sys
      .http()
      .patch(`/api/v1/products/${product.id}`)
      .set(bearer(farmer.token))
      .send({
        media: [
          { type: 'photo', url: second },
          { type: 'photo', url: first },
        ],
      })
      .expect(200);
    expect(patched.body.media.map((m: { url: string }) => m.url)).toEqual([second, first]);
    const page = await sys.http().get(`/products/${product.id}`).expect(200);
    expect(page.text).toContain(`<meta property="og:image" content="https://khongdee.example${second}">`);
    // only the stored photos' paths, never an arbitrary relative URL
    await sys
      .http()
      .patch(`/api/v1/products/${product.id}`)
      .set(bearer(farmer.token))
      .send({ media: [{ type: 'photo', url: '/etc/passwd' }] })
      .expect(400);
  });

  it('renders the share poster: an A4 PNG of the product with its QR', async () => {
    const { product } = await givenProduct();
    const res = await sys.http().get(`/api/v1/products/${product.id}/share/poster.png`).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const meta = await sharp(res.body).metadata();
    expect([meta.width, meta.height]).toEqual([1240, 1754]);
    await sys.http().get('/api/v1/products/6f1e2d3c-5b4a-4c9d-8e7f-1a2b3c4d5e6f/share/poster.png').expect(404);
  });
});
