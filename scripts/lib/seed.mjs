// The run's data (check:web's, and the base of test:fuzz's), created through the public API as a client would (apps/catalog/demo/seed-phayao.ts and
// scripts/demo.mjs): a farmer of เทศบาลเมืองดอกคำใต้ with a login, a product with a story and a photo served
// by the gateway itself (no outside network), an open batch with a pickup point and delivery, and a
// consumer who reserved 2 units (so there is an order to look at).
import { randomUUID } from 'node:crypto';
import { signUpConsumer } from '../../libs/testing/src/consumer-signup.mjs';

const DOK_KHAMTAI = '4560501';

export async function call(base, method, path, token, body, headers = {}) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`seed: ${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export const login = (base, l, password) =>
  call(base, 'POST', '/auth/login', null, { login: l, password }).then((r) => r.accessToken);
export const phone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/**
 * Opens a batch whose opening time has passed: the batch sweep (every second) may open it between our look
 * and our call, so a 409 from that race is read again rather than failed on. Returns the batch.
 */
export async function openBatch(base, token, id) {
  const current = await call(base, 'GET', `/batches/${id}`, token);
  if (current.status !== 'draft') return current;
  await call(base, 'POST', `/batches/${id}/open`, token).catch(async (e) => {
    if ((await call(base, 'GET', `/batches/${id}`, token)).status === 'draft') throw e;
  });
  return call(base, 'GET', `/batches/${id}`, token);
}

/**
 * The demo's harvest batch of a longan product: harvest in 30–40 days, pre-orders open now until day 25,
 * 400 of 500 kg reservable with a 30 % deposit, a market pickup point and delivery (npm start's demo and
 * check:web's data alike).
 */
export function longanBatch(productId, now = Date.now()) {
  const day = 24 * 3600_000;
  const date = (ms) => new Date(ms).toISOString().slice(0, 10);
  return {
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
  };
}

/** `smsLogPath`: the development SMS provider's log, where the consumer's code is read. */
export async function seed(base, admin, smsLogPath) {
  const adminToken = await login(base, admin.login, admin.password);
  const farmerAccount = { phone: phone(), password: 'check-web-farmer-2569' };
  const producer = await call(base, 'POST', '/producers', adminToken, {
    kind: 'farmer',
    name: 'ลุงมา ใจดี สวนลำไยดอกคำใต้',
    laoCode: DOK_KHAMTAI,
    contacts: { phone: '0812345678', lineId: '@lungma-longan' },
    publishContacts: true,
    promptPayId: '0812345678',
    account: farmerAccount,
  });
  const product = {
    name: 'ลำไยอบแห้งสีทอง ดอกคำใต้',
    priceSatang: 25000,
    story:
      'ลุงมาปลูกลำไยที่ดอกคำใต้มากว่าสามสิบปี ทุกเดือนสิงหาคมครอบครัวช่วยกันเก็บผลตอนเช้ามืด ' +
      'แล้วอบด้วยเตาถ่านของหมู่บ้านสามวันสามคืน ลำไยจึงมีสีทองและหอมกลิ่นควันอ่อน ๆ แบบที่คนพะเยาคุ้นเคย',
  };
  const created = await call(base, 'POST', '/products', adminToken, {
    producerId: producer.id,
    ...product,
    category: 'fruit',
    unit: 'kg',
    description: 'ลำไยพันธุ์อีดออบแห้งทั้งเปลือก เนื้อหนา หวานหอม ไม่ใส่สารกันเสีย',
    media: [{ type: 'photo', url: `${base}/og-default.png` }],
    seasonMonths: [7, 8, 9],
  });

  const farmer = await login(base, farmerAccount.phone, farmerAccount.password);
  const batch = await call(base, 'POST', '/batches', farmer, longanBatch(created.id));
  const current = await openBatch(base, farmer, batch.id);
  const pickupPointId = current.pickupPoints[0].id;

  const consumer = { name: 'สมใจ ใจดี', phone: phone(), password: 'check-web-consumer-2569' };
  const { accessToken: consumerToken } = await signUpConsumer(base, smsLogPath, consumer);
  const reservation = await call(
    base,
    'POST',
    `/batches/${batch.id}/reservations`,
    consumerToken,
    { quantity: 2, fulfilment: { type: 'pickup', pickupPointId } },
    { 'idempotency-key': randomUUID() },
  );
  if (!reservation.orderId) throw new Error(`seed: the reservation has no order (${JSON.stringify(reservation)})`);
  return {
    productId: created.id,
    product,
    producerId: producer.id,
    batchId: batch.id,
    pickupPointId,
    reservationId: reservation.id,
    orderId: reservation.orderId,
    consumer,
    farmerAccount,
    consumerToken,
    farmerToken: farmer,
    adminToken,
  };
}
