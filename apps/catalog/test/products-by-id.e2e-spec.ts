import { randomUUID } from 'node:crypto';
import { TestSystem } from '@app/testing';
import { BAN_THAM, createProduct, createProducer, DOK_KHAMTAI, producerBody } from './catalog-fixtures.js';

describe('catalog: products by id (GET /products?ids=)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  const list = (query: Record<string, unknown>) => sys.http().get('/api/v1/products').query(query);
  const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((p) => p.id).sort();

  it('answers the given products with their photos and LAO names; unknown ids are left out', async () => {
    const here = (await createProducer(sys, admin, producerBody(DOK_KHAMTAI))).id;
    const there = (await createProducer(sys, admin, producerBody(BAN_THAM))).id;
    const a = await createProduct(sys, admin, here);
    const b = await createProduct(sys, admin, there, { name: 'มะม่วงบ้านถ้ำ' });
    await createProduct(sys, admin, here); // not asked for
    const res = await list({ ids: `${a.id},${b.id},${randomUUID()}` }).expect(200);
    expect(res.body.total).toBe(2);
    expect(ids(res)).toEqual([a.id, b.id].sort());
    const got = res.body.items.find((p: { id: string }) => p.id === a.id);
    expect(got.media[0]).toEqual({ type: 'photo', url: 'https://example.org/lamyai.jpg' });
    expect(got.place).toMatchObject({ laoCode: DOK_KHAMTAI, laoDisplayNameTh: 'เทศบาลเมืองดอกคำใต้' });
    // a repeated parameter is the same list
    const repeated = await sys.http().get(`/api/v1/products?ids=${a.id}&ids=${b.id}`).expect(200);
    expect(ids(repeated)).toEqual([a.id, b.id].sort());
  });

  it('combines with the other filters and with paging; without pageSize one page holds all the ids', async () => {
    const here = (await createProducer(sys, admin, producerBody(DOK_KHAMTAI))).id;
    const there = (await createProducer(sys, admin, producerBody(BAN_THAM))).id;
    const mine = [];
    for (let i = 0; i < 22; i++)
      mine.push(
        (await createProduct(sys, admin, i < 20 ? here : there, { name: `ลำไย ${String(i).padStart(2, '0')}` })).id,
      );
    const all = await list({ ids: mine.join(',') }).expect(200);
    expect(all.body.total).toBe(22);
    expect(all.body.items).toHaveLength(22);
    const atBanTham = await list({ ids: mine.join(','), laoCode: BAN_THAM }).expect(200);
    expect(ids(atBanTham)).toEqual(mine.slice(20).sort());
    const page2 = await list({ ids: mine.slice(0, 5).join(','), pageSize: 2, page: 3 }).expect(200);
    expect(page2.body).toMatchObject({ total: 5, items: [{ id: mine[4] }] });
  });

  it('names ids when one is not a UUID, when there are more than 100, or none', async () => {
    const field = (res: { body: { fields?: Array<{ field: string }> } }) => res.body.fields?.map((f) => f.field);
    for (const bad of [
      `${randomUUID()},not-a-uuid`,
      Array.from({ length: 101 }, () => randomUUID()).join(','),
      '',
      ',',
    ]) {
      const res = await list({ ids: bad }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(field(res)).toEqual(['ids']);
    }
  });
});
