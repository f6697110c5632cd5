import { bearer, queryDb } from '@app/testing';
import type { TestSystem } from '@app/testing';

export { bearer, queryDb };

/** Test data builders for the catalog suites: each test makes its own producers and products. */
export const DOK_KHAMTAI = '4560501';
export const BAN_THAM = '5560502'; // same district (5605)
export const CHIANG_MAI_CITY = '3500102'; // another province (50)
export const VALID_NATIONAL_ID = '1101700207111';

export const randomPhone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

export function producerBody(laoCode = DOK_KHAMTAI, extra: Record<string, unknown> = {}) {
  return {
    kind: 'farmer',
    name: `ลุงมา ${Math.random().toString(36).slice(2, 8)}`,
    laoCode,
    contacts: { phone: '0812345678', lineId: '@lungma', facebookUrl: 'https://www.facebook.com/lungma' },
    publishContacts: true,
    promptPayId: '0812345678',
    ...extra,
  };
}

export function productBody(producerId: string, extra: Record<string, unknown> = {}) {
  return {
    producerId,
    name: 'ลำไยอบแห้งสีทอง',
    category: 'fruit',
    unit: 'kg',
    priceSatang: 12050,
    description: 'ลำไยอบแห้งเนื้อทอง',
    story: 'ลุงมาปลูกลำไยบนดอยมาสามสิบปี เก็บผลตอนเช้า อบด้วยเตาถ่านของหมู่บ้าน',
    media: [
      { type: 'photo', url: 'https://example.org/lamyai.jpg' },
      { type: 'video', url: 'https://www.tiktok.com/@lungma/video/7312345678' },
    ],
    seasonMonths: [7, 8],
    ...extra,
  };
}

export async function createProducer(
  sys: TestSystem,
  token: string,
  body: Record<string, unknown> = producerBody(),
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await sys.http().post('/api/v1/producers').set(bearer(token)).send(body);
  if (res.status !== 201) throw new Error(`producer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createProduct(
  sys: TestSystem,
  token: string,
  producerId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, any>> {
  const res = await sys.http().post('/api/v1/products').set(bearer(token)).send(productBody(producerId, extra));
  if (res.status !== 201) throw new Error(`product: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The catalog events about something, as written to the outbox and published by the relay. */
export function outboxEvents(sys: TestSystem, type: string, key: string, value: string) {
  return queryDb<{ type: string; payload: { data: Record<string, unknown> }; published: boolean }>(
    sys,
    'catalog',
    `SELECT type, payload, published_at IS NOT NULL AS published FROM outbox WHERE type = $1 AND payload->'data'->>$2 = $3 ORDER BY seq`,
    [type, key, value],
  );
}

/**
 * A producer registered by `token` (an administrator) with its own login signed in, and one product it lists
 * itself: the farmer of the order suites. Unless `producer` says otherwise it is of Dok Khamtai and publishes
 * its login's phone as its contact.
 */
export async function farmerWithProduct(
  sys: TestSystem,
  token: string,
  producer: {
    kind: string;
    name: string;
    memberCount: number;
    laoCode?: string;
    contacts?: Record<string, unknown>;
    publishContacts?: boolean;
  },
  product: { name: string; priceSatang: number },
): Promise<{ farmer: string; producerId: string; productId: string }> {
  const account = { phone: randomPhone(), password: 'farmer-pass-1' };
  const { id: producerId } = await createProducer(sys, token, {
    laoCode: DOK_KHAMTAI,
    contacts: { phone: account.phone },
    publishContacts: true,
    promptPayId: '0812345678',
    ...producer,
    account,
  });
  const farmer = await sys.login(account.phone, account.password);
  const res = await sys
    .http()
    .post('/api/v1/products')
    .set(bearer(farmer))
    .send({ producerId, category: 'fruit', unit: 'kg', ...product });
  if (res.status !== 201) throw new Error(`product: ${res.status} ${JSON.stringify(res.body)}`);
  return { farmer, producerId, productId: res.body.id };
}
