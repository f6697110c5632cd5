// The fuzzer's world, created through the public API: check:web's shop (a farmer with a product, an open batch,
// a consumer with a reservation and its order) plus what every other route needs to reach its deeper code —
// an LAO admin and a province admin of that LAO, a second batch closed and harvested so it has stock to buy,
// a content link, an event ping, and a consumer kept only for the login route (its failures lock only it).
import { randomUUID } from 'node:crypto';
import { signUpConsumer } from '../../libs/testing/src/consumer-signup.mjs';
import { call, login, openBatch, phone, seed } from '../lib/seed.mjs';

export const LAO = '4560501';
export const PROVINCE = '56';
export const DISTRICT = '5605';

const me = (base, token) => call(base, 'GET', '/auth/me', token);

export async function seedWorld(base, admin, smsLogPath) {
  const shop = await seed(base, admin, smsLogPath);
  const adminToken = shop.adminToken;
  const staff = async (role, binding) => {
    const account = { name: `fuzz ${role}`, phone: phone(), password: `fuzz-${role}-2569` };
    const user = await call(base, 'POST', '/admin/users', adminToken, { ...account, role, ...binding });
    return { id: user.id, login: account.phone, password: account.password };
  };
  const laoAdmin = await staff('lao_admin', { laoCode: LAO });
  const provinceAdmin = await staff('province_admin', { provinceCode: PROVINCE });
  const victim = { name: 'ผู้ใช้สำหรับทดสอบ login', phone: phone(), password: 'fuzz-login-victim-2569' };
  await signUpConsumer(base, smsLogPath, victim);

  const farmer = shop.farmerToken;
  const day = 24 * 3600_000;
  const now = Date.now();
  const date = (ms) => new Date(ms).toISOString().slice(0, 10);
  const stock = await call(base, 'POST', '/batches', farmer, {
    productId: shop.productId,
    harvestStart: date(now),
    harvestEnd: date(now + 10 * day),
    estimatedQuantity: 1000,
    reservableQuantity: 900,
    depositPercent: 30,
    minQuantity: 1,
    maxQuantityPerConsumer: 900,
    preorderOpensAt: new Date(now - 60_000).toISOString(),
    preorderClosesAt: new Date(now + 20 * day).toISOString(),
    waitlist: false,
    pickupPoints: [{ name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3 ต.บ้านถ้ำ อ.ดอกคำใต้' }],
  });
  await openBatch(base, farmer, stock.id);
  await call(base, 'POST', `/batches/${stock.id}/close`, farmer);
  await call(base, 'POST', `/batches/${stock.id}/harvest`, farmer, { actualQuantity: 900 });
  const state = await call(base, 'GET', `/batches/${stock.id}`, farmer);

  const link = await call(
    base,
    'POST',
    '/content-links',
    adminToken,
    {
      url: 'https://www.facebook.com/baanrao/posts/123',
      platform: 'facebook',
      laoCode: LAO,
      productId: shop.productId,
      publishedAt: new Date(now - day).toISOString(),
    },
    { 'idempotency-key': randomUUID() },
  );
  const ping = await call(base, 'POST', '/admin/diagnostics/event-pings', adminToken, { note: 'fuzz seed' });

  const accounts = {
    dla_admin: { login: admin.login, password: admin.password },
    producer: { login: shop.farmerAccount.phone, password: shop.farmerAccount.password },
    lao_admin: laoAdmin,
    province_admin: provinceAdmin,
    consumer: { login: shop.consumer.phone, password: shop.consumer.password },
  };
  const tokens = {};
  for (const [role, a] of Object.entries(accounts)) tokens[role] = await login(base, a.login, a.password);
  const consumerMe = await me(base, tokens.consumer);
  return {
    accounts,
    tokens,
    victim: { login: victim.phone, password: victim.password },
    ids: {
      productId: shop.productId,
      producerId: shop.producerId,
      batchId: shop.batchId,
      pickupPointId: shop.pickupPointId,
      reservationId: shop.reservationId,
      orderId: shop.orderId,
      stockBatchId: stock.id,
      stockPickupPointId: state.pickupPoints[0].id,
      stockOnHand: state.stockOnHand,
      contentLinkId: link.id,
      pingId: ping.id ?? ping.pingId,
      consumerUserId: consumerMe.id ?? consumerMe.sub,
      laoAdminUserId: laoAdmin.id,
    },
  };
}

/** A token that still works, or a fresh one (a fuzzed logout or revoke-tokens may have ended it). */
export async function refreshTokens(base, world) {
  for (const [role, a] of Object.entries(world.accounts)) {
    const res = await fetch(`${base}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${world.tokens[role]}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 200) world.tokens[role] = await login(base, a.login, a.password);
  }
}
