// The small Phayao demo that `npm start` seeds through the public API, so it passes the same rules as any
// client: the catalog's demo farmer of เทศบาลเมืองดอกคำใต้ with a login and a product
// (apps/catalog/demo/seed-phayao.ts), and an open harvest batch of that product. Idempotent.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT } from './infra.mjs';
import { call, longanBatch, openBatch } from './lib/seed.mjs';

export async function seedDemo(baseUrl, admin) {
  const { PHAYAO_DEMO, seedPhayaoDemo } = await import(
    pathToFileURL(join(ROOT, 'dist/apps/catalog/demo/seed-phayao.js')).href
  );
  const account = PHAYAO_DEMO.producer.account;
  const farmerLogin = `farmer login ${account.phone} / ${account.password}`;
  const existing = await call(baseUrl, 'GET', `/batches?laoCode=${PHAYAO_DEMO.laoCode}&status=open`);
  if ((existing.items ?? existing).length > 0) return `already seeded (${farmerLogin})`;
  if (!admin?.password)
    return 'not seeded: the admin password is not known at this start (set BOOTSTRAP_ADMIN_LOGIN and BOOTSTRAP_ADMIN_PASSWORD)';

  const { accessToken: adminToken } = await call(baseUrl, 'POST', '/auth/login', null, {
    login: admin.login,
    password: admin.password,
  });
  const { productId } = await seedPhayaoDemo(baseUrl, adminToken);
  const { accessToken: farmer } = await call(baseUrl, 'POST', '/auth/login', null, {
    login: account.phone,
    password: account.password,
  });
  const batch = await call(baseUrl, 'POST', '/batches', farmer, longanBatch(productId));
  await openBatch(baseUrl, farmer, batch.id);
  return `product ${baseUrl}/products/${productId}, open batch ${batch.id}; ${farmerLogin}`;
}
