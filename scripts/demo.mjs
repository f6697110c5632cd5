// The small Phayao demo that `npm start` seeds through the public API, so it passes the same rules as any
// client: the catalog's demo farmer of เทศบาลเมืองดอกคำใต้ with a login and a product
// (apps/catalog/demo/seed-phayao.ts), and an open harvest batch of that product. Idempotent.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT } from './infra.mjs';

async function call(baseUrl, method, path, token, body) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function seedDemo(baseUrl, admin) {
  const { PHAYAO_DEMO, seedPhayaoDemo } = await import(pathToFileURL(join(ROOT, 'dist/apps/catalog/demo/seed-phayao.js')).href);
  const account = PHAYAO_DEMO.producer.account;
  const farmerLogin = `farmer login ${account.phone} / ${account.password}`;
  const existing = await call(baseUrl, 'GET', `/batches?laoCode=${PHAYAO_DEMO.laoCode}&status=open`);
  if ((existing.items ?? existing).length > 0) return `already seeded (${farmerLogin})`;
  if (!admin?.password) return 'not seeded: the admin password is not known at this start (set BOOTSTRAP_ADMIN_LOGIN and BOOTSTRAP_ADMIN_PASSWORD)';

  const { accessToken: adminToken } = await call(baseUrl, 'POST', '/auth/login', null, { login: admin.login, password: admin.password });
  const { productId } = await seedPhayaoDemo(baseUrl, adminToken);
  const { accessToken: farmer } = await call(baseUrl, 'POST', '/auth/login', null, { login: account.phone, password: account.password });
  const day = 24 * 3600_000;
  const now = Date.now();
  const date = (ms) => new Date(ms).toISOString().slice(0, 10);
  const batch = await call(baseUrl, 'POST', '/batches', farmer, {
    productId,
    harvestStart: date(now + 30 * day),
    harvestEnd: date(now + 40 * day),
    estimatedQuantity: 500,
    reservableQuantity: 400,
    depositPercent: 30,
    minQuantity: 1,
    maxQuantityPerConsumer: 20,
    preorderOpensAt: new Date(now - 60_000).toISOString(),
    preorderClosesAt: new Date(now + 25 * day).toISOString(),
    waitlist: true,
    pickupPoints: [{ name: 'ตลาดสดเทศบาลเมืองดอกคำใต้', address: 'อำเภอดอกคำใต้ จังหวัดพะเยา 56120' }],
    delivery: { feeSatang: 5000 },
  });
  // a draft is visible only to who manages it
  const current = await call(baseUrl, 'GET', `/batches/${batch.id}`, farmer);
  if (current.status === 'draft') await call(baseUrl, 'POST', `/batches/${batch.id}/open`, farmer);
  return `product ${baseUrl}/products/${productId}, open batch ${batch.id}; ${farmerLogin}`;
}
