import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { headerSetter, outHeadersSymbol, securityHeaders } from './http-hardening.js';

/** The raw response head of a real server answering with `handle` (names as sent, in order). */
async function head(handle: (res: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((_req, res) => {
    handle(res);
    res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r-1' });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/x', agent: false }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve(
            res.rawHeaders
              .map((v, i) => (i % 2 ? `${v}\n` : `${v}: `))
              .join('')
              .replace(/^Date: .*\n/m, ''),
          ),
        );
      });
      req.on('error', reject);
      req.end();
    });
    return raw;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the security headers set on every response', () => {
  const { set, removed } = securityHeaders();
  const slow = headerSetter(set, removed, undefined);

  it('finds where this Node keeps a response’s headers', () => {
    expect(outHeadersSymbol()).toBeDefined();
  });

  it('sends the same head, byte for byte, as setHeader per header', async () => {
    const fast = headerSetter(set, removed);
    const viaSetHeader = await head(slow);
    expect(viaSetHeader).toContain('Content-Security-Policy: ');
    expect(viaSetHeader).toContain('X-Frame-Options: DENY');
    expect(await head(fast)).toBe(viaSetHeader);
    // and the response's own view of its headers is the same
    const a = new http.ServerResponse(new http.IncomingMessage(null as never));
    const b = new http.ServerResponse(new http.IncomingMessage(null as never));
    slow(a);
    fast(b);
    expect(b.getHeaders()).toEqual(a.getHeaders());
    expect(b.getHeaderNames()).toEqual(a.getHeaderNames());
  });

  it('leaves no response able to change the next one’s headers', async () => {
    const fast = headerSetter(set, removed);
    const first = await head((res) => {
      fast(res);
      res.setHeader('X-Frame-Options', 'SAMEORIGIN');
      res.removeHeader('Referrer-Policy');
      expect(() => res.appendHeader('X-Content-Type-Options', 'other')).toThrow();
    });
    expect(first).toContain('X-Frame-Options: SAMEORIGIN');
    expect(first).not.toContain('Referrer-Policy');
    expect(await head(fast)).toBe(await head(slow));
  });

  it('uses setHeader on a response that already has headers (kept, security headers after them)', async () => {
    const fast = headerSetter(set, removed);
    const before = (res: http.ServerResponse) => res.setHeader('Access-Control-Allow-Origin', '*');
    const viaFast = await head((res) => (before(res), fast(res)));
    expect(viaFast).toMatch(/^Access-Control-Allow-Origin: \*\nContent-Security-Policy: /);
    expect(viaFast).toBe(await head((res) => (before(res), slow(res))));
  });
});
