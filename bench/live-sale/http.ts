import { randomUUID } from 'node:crypto';
import http from 'node:http';

export const stats = { connectionRetries: 0 };

/** What a request is made of: where to, a bearer token, a JSON body, the keep-alive agent, an Idempotency-Key. */
type RequestArgs = [
  base: string,
  method: string,
  path: string,
  token: string | undefined,
  body: unknown,
  agent: http.Agent,
  key?: string,
];
type Answer = { status: number; body: unknown };

/**
 * One HTTP request; a connection reset (the server closing an idle keep-alive socket just as it is reused)
 * is retried — with the same Idempotency-Key, so a reservation is never made twice.
 */
export async function request(...args: RequestArgs): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(...args);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (attempt >= 3 || !['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT'].includes(code)) throw e;
      stats.connectionRetries++;
    }
  }
}

function requestOnce(...[base, method, path, token, body, agent, key]: RequestArgs): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (data) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    if (key) headers['idempotency-key'] = key;
    const req = http.request(`${base}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

export async function waitUntil(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) throw new Error(`${what} did not start within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** A reservation of `quantity` on a batch, picked up at its point, as `token` (a new Idempotency-Key each). */
export function reserve(
  base: string,
  agent: http.Agent,
  batch: { batchId: string; pickupPointId: string },
  token: string,
  quantity: number,
): Promise<Answer> {
  const body = { quantity, fulfilment: { type: 'pickup', pickupPointId: batch.pickupPointId } };
  return request(base, 'POST', `/api/v1/batches/${batch.batchId}/reservations`, token, body, agent, randomUUID());
}

/** A POST that must create something (201): its answer, or the bench stops with what was refused. */
export async function created(
  base: string,
  path: string,
  token: string,
  body: unknown,
  agent: http.Agent,
): Promise<{ id: string }> {
  const res = await request(base, 'POST', path, token, body, agent);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

/**
 * A batch of `productId` taking reservations now (its window opened a minute ago and closes in an hour) for
 * `capacity` units, with its one pickup point.
 */
export async function newBatch(
  base: string,
  farmer: string,
  agent: http.Agent,
  productId: string,
  capacity: number,
  maxPerConsumer = 3,
): Promise<{ batchId: string; pickupPointId: string }> {
  const now = Date.now();
  const { id: batchId } = await created(
    base,
    '/api/v1/batches',
    farmer,
    {
      productId,
      harvestStart: '2026-06-01',
      harvestEnd: '2026-06-15',
      estimatedQuantity: capacity,
      reservableQuantity: capacity,
      depositPercent: 30,
      minQuantity: 1,
      maxQuantityPerConsumer: maxPerConsumer,
      preorderOpensAt: new Date(now - 60_000).toISOString(),
      preorderClosesAt: new Date(now + 3600_000).toISOString(),
      waitlist: false,
      pickupPoints: [{ name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3' }],
    },
    agent,
  );
  const batch = (await request(base, 'GET', `/api/v1/batches/${batchId}`, farmer, undefined, agent)).body as {
    pickupPoints: Array<{ id: string }>;
  };
  return { batchId, pickupPointId: batch.pickupPoints[0].id };
}
