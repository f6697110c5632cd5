import http from 'node:http';

export const stats = { connectionRetries: 0 };

/**
 * One HTTP request; a connection reset (the server closing an idle keep-alive socket just as it is reused)
 * is retried — with the same Idempotency-Key, so a reservation is never made twice.
 */
export async function request(
  base: string,
  method: string,
  path: string,
  token: string | undefined,
  body: unknown,
  agent: http.Agent,
  key?: string,
): Promise<{ status: number; body: unknown }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(base, method, path, token, body, agent, key);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (attempt >= 3 || !['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT'].includes(code)) throw e;
      stats.connectionRetries++;
    }
  }
}

function requestOnce(
  base: string,
  method: string,
  path: string,
  token: string | undefined,
  body: unknown,
  agent: http.Agent,
  key?: string,
): Promise<{ status: number; body: unknown }> {
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
