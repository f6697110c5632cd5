/**
 * The demo's Phayao data, created through the public API as LAO staff would: a longan farmer of
 * เทศบาลเมืองดอกคำใต้ (4560501) with a login, and a dried-longan product with its story and media.
 * Safe to run again: an existing producer or product of the same name is reused.
 *
 *   import { seedPhayaoDemo } from './apps/catalog/demo/seed-phayao.js';
 *   await seedPhayaoDemo('http://127.0.0.1:3000', adminAccessToken);
 */
export const PHAYAO_DEMO = {
  laoCode: '4560501',
  producer: {
    kind: 'farmer',
    name: 'ลุงมา ใจดี สวนลำไยดอกคำใต้',
    laoCode: '4560501',
    contacts: { phone: '0812345678', lineId: '@lungma-longan', facebookUrl: 'https://www.facebook.com/lungma.longan' },
    publishContacts: true,
    promptPayId: '0812345678',
    account: { phone: '0891234567', password: 'lungma-demo-2569' },
  },
  product: {
    name: 'ลำไยอบแห้งสีทอง ดอกคำใต้',
    category: 'fruit',
    unit: 'kg',
    priceSatang: 25000,
    description: 'ลำไยพันธุ์อีดออบแห้งทั้งเปลือก เนื้อหนา หวานหอม ไม่ใส่สารกันเสีย',
    story:
      'ลุงมาปลูกลำไยที่ดอกคำใต้มากว่าสามสิบปี ทุกเดือนสิงหาคมครอบครัวช่วยกันเก็บผลตอนเช้ามืด ' +
      'แล้วอบด้วยเตาถ่านของหมู่บ้านสามวันสามคืน ลำไยจึงมีสีทองและหอมกลิ่นควันอ่อน ๆ แบบที่คนพะเยาคุ้นเคย',
    media: [
      { type: 'photo', url: 'https://images.example.org/phayao/lamyai-ob-haeng.jpg' },
      { type: 'video', url: 'https://www.tiktok.com/@lungma.longan/video/7400000000000000001' },
    ],
    seasonMonths: [7, 8, 9],
    tags: ['ลำไยอบแห้ง', 'ของดีพะเยา'],
  },
} as const;

async function call<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => undefined);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json as T;
}

export async function seedPhayaoDemo(
  baseUrl: string,
  adminToken: string,
): Promise<{ producerId: string; productId: string; shareUrl: string }> {
  const { producer, product, laoCode } = PHAYAO_DEMO;
  const base = baseUrl.replace(/\/$/, '');
  const producers = await call<{ items: Array<{ id: string; name: string }> }>(
    base,
    adminToken,
    'GET',
    `/producers?laoCode=${laoCode}&pageSize=100`,
  );
  const producerId =
    producers.items.find((p) => p.name === producer.name)?.id ??
    (await call<{ id: string }>(base, adminToken, 'POST', '/producers', producer)).id;
  const products = await call<{ items: Array<{ id: string; name: string }> }>(
    base,
    adminToken,
    'GET',
    `/products?producerId=${producerId}&pageSize=100`,
  );
  const productId =
    products.items.find((p) => p.name === product.name)?.id ??
    (await call<{ id: string }>(base, adminToken, 'POST', '/products', { ...product, producerId })).id;
  return { producerId, productId, shareUrl: `${base}/api/v1/products/${productId}/share` };
}
