import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { request, reserve, stats } from './http.js';
import { json, LeanPool, parseResponse, Reservations } from './lean-http.js';
import type { LeanAnswer } from './lean-http.js';

/**
 * The bench's lean HTTP/1.1 client against real local servers: Node's http server, and raw TCP servers that
 * send exactly the bytes a case needs (a response split anywhere, an interim 100 before the real one, bytes
 * nobody asked for, a reset in the middle of a request).
 */

interface Seen {
  head: string;
  headers: Record<string, string>;
  body: string;
  /** the server's number of the connection it came on */
  conn: number;
}

/** A raw server: each complete request (head + Content-Length body) is handed to `answer` with its socket. */
async function rawServer(answer: (sock: net.Socket, req: Seen, nth: number) => void) {
  const seen: Seen[] = [];
  const sockets = new Set<net.Socket>();
  let conns = 0;
  const server = net.createServer((sock) => {
    const conn = ++conns;
    sock.setNoDelay(true);
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
    sock.on('error', () => undefined);
    let buf = Buffer.alloc(0);
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const he = buf.indexOf('\r\n\r\n');
        if (he < 0) return;
        const head = buf.toString('latin1', 0, he);
        const headers: Record<string, string> = {};
        for (const line of head.split('\r\n').slice(1)) {
          const c = line.indexOf(':');
          headers[line.slice(0, c).toLowerCase()] = line.slice(c + 1).trim();
        }
        const len = Number(headers['content-length'] ?? 0);
        if (buf.length < he + 4 + len) return;
        const req = { head, headers, body: buf.toString('utf8', he + 4, he + 4 + len), conn };
        buf = buf.subarray(he + 4 + len);
        seen.push(req);
        answer(sock, req, seen.length);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    seen,
    connections: () => conns,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Writes `parts` one after the other, each once the previous one has left. */
async function writeParts(sock: net.Socket, parts: Array<string | Buffer>): Promise<void> {
  for (const p of parts) await new Promise<void>((r, j) => sock.write(p, (e) => (e ? j(e) : r())));
}

const response = (status: string, body: string, extra = '') =>
  `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

const batch = {
  batchId: '0b7c7a52-6f0e-4a7c-9a54-1f3f3c5f0a11',
  pickupPointId: '9d0c5b1e-5a8e-4c57-8d0f-6c3b2f1e0d22',
};

describe('lean HTTP client of the live-sale bench', () => {
  const pools: LeanPool[] = [];
  const closers: Array<() => Promise<void>> = [];
  const pool = (port: number, maxSockets = 100, timeoutMs = 30_000) => {
    const p = new LeanPool('127.0.0.1', port, { maxSockets, timeoutMs });
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    for (const p of pools.splice(0)) p.destroy();
    for (const c of closers.splice(0)) await c();
  });

  it('sends the reservation as http.request did and reads statuses and bodies from a real http server, on one kept-alive connection', async () => {
    const got: Array<{ method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }> = [];
    let connections = 0;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        got.push({ method: req.method, url: req.url, headers: req.headers, body });
        const n = got.length;
        if (n === 1) {
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: 'r1', quantity: 2, status: 'confirmed', note: 'ลิ้นจี่' }));
        } else if (n === 2) {
          res.writeHead(409, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 'SOLD_OUT', message: 'ขายหมดแล้ว' }));
        } else {
          res.writeHead(503);
          res.end('not json');
        }
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    server.keepAliveTimeout = 60_000;
    const port = (server.address() as AddressInfo).port;
    const p = pool(port);
    const reservations = new Reservations(p, batch);

    const a = await reservations.reserve('tok-1', 2);
    expect(a.status).toBe(201);
    expect(json(a.text)).toEqual({ id: 'r1', quantity: 2, status: 'confirmed', note: 'ลิ้นจี่' });
    const b = await reservations.reserve('tok-2', 1);
    expect(b.status).toBe(409);
    expect(json(b.text)).toEqual({ code: 'SOLD_OUT', message: 'ขายหมดแล้ว' });
    const c = await reservations.reserve('tok-3', 3);
    expect(c).toEqual({ status: 503, text: 'not json' });
    expect(json(c.text)).toBe('not json');

    expect(connections).toBe(1);
    expect(p.connections).toBe(1);
    expect(got[0].method).toBe('POST');
    expect(got[0].url).toBe(`/api/v1/batches/${batch.batchId}/reservations`);
    expect(got[0].headers.host).toBe(`127.0.0.1:${port}`);
    expect(got[0].headers.authorization).toBe('Bearer tok-1');
    expect(got[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(got[0].body)).toEqual({
      quantity: 2,
      fulfilment: { type: 'pickup', pickupPointId: batch.pickupPointId },
    });
    expect(got[2].headers['content-length']).toBe(String(Buffer.byteLength(got[2].body)));
    const keys = got.map((g) => g.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(3);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes a reservation byte for byte as http.request (http.ts reserve) did, the Idempotency-Key aside, in one write', async () => {
    const reads: string[] = [];
    const server = net.createServer((sock) => {
      sock.on('data', (d: Buffer) => {
        reads.push(d.toString('utf8'));
        sock.write(response('201 Created', '{}'));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as AddressInfo).port;
    const agent = new http.Agent({ keepAlive: true });
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    for (const quantity of [1, 2, 3]) {
      await reserve(`http://127.0.0.1:${port}`, agent, batch, token, quantity);
      await new Reservations(pool(port), batch).reserve(token, quantity);
    }
    agent.destroy();
    expect(reads).toHaveLength(6);
    const keyless = reads.map((r) => r.replace(/(idempotency-key: )[0-9a-f-]{36}/i, '$1K'));
    for (let i = 0; i < 6; i += 2) expect(keyless[i + 1]).toBe(keyless[i]);
  });

  it('reads a chunked body from a real http server, and opens a new connection after Connection: close', async () => {
    let connections = 0;
    let n = 0;
    const server = http.createServer((_req, res) => {
      n++;
      if (n === 1) {
        // no Content-Length: Node sends it chunked
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"parts":[');
        res.write('"หนึ่ง",');
        res.end('"two"]}');
      } else {
        res.writeHead(200, { connection: 'close', 'content-length': '2' });
        res.end('ok');
      }
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const p = pool((server.address() as AddressInfo).port);
    const reservations = new Reservations(p, batch);

    const a = await reservations.reserve('t', 1);
    expect(json(a.text)).toEqual({ parts: ['หนึ่ง', 'two'] });
    const b = await reservations.reserve('t', 1);
    expect(b).toEqual({ status: 200, text: 'ok' });
    expect(p.connections).toBe(0);
    const c = await reservations.reserve('t', 1);
    expect(c).toEqual({ status: 200, text: 'ok' });
    expect(connections).toBe(2);
  });

  it('parses a response from any split of its bytes: nothing before the last byte, the same answer at it', () => {
    const chunked = Buffer.from(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nKeep-Alive: timeout=5\r\n\r\n' +
        '4;ext=1\r\n{"a"\r\n' +
        `${Buffer.byteLength(':"ไทย"}').toString(16)}\r\n:"ไทย"}\r\n0\r\nX-Trailer: 1\r\n\r\n`,
    );
    const withLength = Buffer.from(`HTTP/1.1 100 Continue\r\n\r\n${response('201 Created', '{"id":"x"}')}`);
    for (const [bytes, text, status] of [
      [chunked, '{"a":"ไทย"}', 200],
      [withLength, '{"id":"x"}', 201],
    ] as const) {
      for (let cut = 0; cut < bytes.length; cut++) expect(parseResponse(bytes.subarray(0, cut), false)).toBeNull();
      const r = parseResponse(bytes, false)!;
      expect(r).toMatchObject({ status, text, end: bytes.length, close: false });
    }
    expect(parseResponse(chunked, false)!.keepAliveMs).toBe(5000);
    // a body to the end of the connection: complete only at its end
    const toClose = Buffer.from('HTTP/1.1 200 OK\r\n\r\nall of it');
    expect(parseResponse(toClose, false)).toBeNull();
    expect(parseResponse(toClose, true)).toMatchObject({ status: 200, text: 'all of it', close: true });
    expect(parseResponse(Buffer.from('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n'), false)!.close).toBe(true);
    expect(parseResponse(Buffer.from('HTTP/1.1 204 No Content\r\n\r\n'), false)).toMatchObject({
      status: 204,
      text: '',
    });
    expect(() => parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n'), false)).toThrow(
      /Transfer-Encoding gzip not supported/,
    );
    expect(() => parseResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'), false)).toThrow(/not an HTTP/);
  });

  it('reads responses written a byte at a time and an interim 100 with its final response in one write', async () => {
    const body = JSON.stringify({ id: 'r', status: 'confirmed', name: 'มะม่วง' });
    const srv = await rawServer((sock, _req, nth) => {
      const bytes = Buffer.from(response('201 Created', body));
      if (nth === 1)
        void writeParts(
          sock,
          [...bytes].map((b) => Buffer.from([b])),
        );
      else sock.write(`HTTP/1.1 100 Continue\r\n\r\n${response('201 Created', body)}`);
    });
    closers.push(srv.close);
    const p = pool(srv.port);
    const reservations = new Reservations(p, batch);
    expect(await reservations.reserve('a', 1)).toEqual({ status: 201, text: body });
    expect(await reservations.reserve('b', 1)).toEqual({ status: 201, text: body });
    expect(srv.connections()).toBe(1);
  });

  it('drops a connection that sent more than the response asked for, and answers the next request on a new one', async () => {
    const srv = await rawServer((sock, _req, nth) => {
      if (nth === 1) sock.write(response('201 Created', '{"n":1}') + response('200 OK', '{"extra":true}'));
      else sock.write(response('201 Created', `{"n":${nth}}`));
    });
    closers.push(srv.close);
    const p = pool(srv.port);
    const reservations = new Reservations(p, batch);
    expect(await reservations.reserve('a', 1)).toEqual({ status: 201, text: '{"n":1}' });
    expect(await reservations.reserve('b', 1)).toEqual({ status: 201, text: '{"n":2}' });
    expect(srv.connections()).toBe(2);
  });

  it('retries a request whose connection is reset before its answer with the same Idempotency-Key, counted', async () => {
    const srv = await rawServer((sock, _req, nth) => {
      if (nth === 1) sock.resetAndDestroy();
      else if (nth === 2)
        sock.end(); // closed without a word: a hang-up
      else sock.write(response('201 Created', '{"id":"once"}'));
    });
    closers.push(srv.close);
    const p = pool(srv.port);
    const before = stats.connectionRetries;
    const a = await new Reservations(p, batch).reserve('tok', 2);
    expect(a).toEqual({ status: 201, text: '{"id":"once"}' });
    expect(stats.connectionRetries - before).toBe(2);
    expect(srv.seen).toHaveLength(3);
    const key = srv.seen[0].headers['idempotency-key'];
    expect(key).toBeTruthy();
    expect(srv.seen.map((s) => s.headers['idempotency-key'])).toEqual([key, key, key]);
    expect(srv.seen.map((s) => s.body)).toEqual([srv.seen[0].body, srv.seen[0].body, srv.seen[0].body]);
    expect(new Set(srv.seen.map((s) => s.conn)).size).toBe(3);
  });

  it('fails a request the server never answers (BENCH_TIMEOUT, not retried) instead of hanging', async () => {
    const srv = await rawServer(() => undefined);
    closers.push(srv.close);
    const p = pool(srv.port, 10, 300);
    await expect(new Reservations(p, batch).reserve('t', 1)).rejects.toMatchObject({ code: 'BENCH_TIMEOUT' });
    expect(srv.seen).toHaveLength(1);
    expect(p.connections).toBe(0);
  });

  it('fails loudly on a Transfer-Encoding it cannot read', async () => {
    const srv = await rawServer((sock) => sock.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n'));
    closers.push(srv.close);
    await expect(new Reservations(pool(srv.port), batch).reserve('t', 1)).rejects.toMatchObject({ code: 'EPROTO' });
  });

  it('keeps one request in flight per connection: as many connections as requests in flight, at most maxSockets', async () => {
    const held: net.Socket[] = [];
    let release: () => void = () => undefined;
    const allHeld = new Promise<void>((r) => (release = r));
    const srv = await rawServer((sock, _req, nth) => {
      // the first 3 are held until all 3 have arrived (each on its own connection); later ones answered at once
      if (nth <= 3) {
        held.push(sock);
        if (held.length === 3) release();
      } else sock.write(response('201 Created', `{"n":${nth}}`));
    });
    closers.push(srv.close);
    const p = pool(srv.port, 3);
    const reservations = new Reservations(p, batch);
    const answers: Array<Promise<LeanAnswer>> = Array.from({ length: 7 }, (_, i) => reservations.reserve(`t${i}`, 1));
    await allHeld;
    expect(srv.connections()).toBe(3);
    expect(new Set(srv.seen.map((s) => s.conn)).size).toBe(3);
    for (const s of held) s.write(response('201 Created', '{"held":true}'));
    const all = await Promise.all(answers);
    expect(all.map((a) => a.status)).toEqual(Array(7).fill(201));
    expect(srv.connections()).toBe(3);
    expect(srv.seen).toHaveLength(7);
  });

  it('answers exactly as http.request does on random responses split at random points (property)', async () => {
    // a seeded generator: the same cases every run
    let seed = 14;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const words = ['ลิ้นจี่', 'ok', '"', '\\n', 'ขายหมด', 'x'.repeat(300), '{}', '日本'];
    const cases = Array.from({ length: 150 }, () => {
      const status = [200, 201, 204, 400, 409, 422, 500, 503][rnd(8)];
      const body =
        status === 204 ? '' : JSON.stringify({ w: Array.from({ length: rnd(6) }, () => words[rnd(words.length)]) });
      const extra = Array.from({ length: rnd(4) }, (_, i) => `X-Header-${i}: ${'v'.repeat(rnd(40))}\r\n`).join('');
      let bytes: Buffer;
      if (status !== 204 && rnd(2) === 0) {
        const b = Buffer.from(body);
        const chunks: string[] = [];
        for (let at = 0; at < b.length;) {
          const n = Math.min(b.length - at, 1 + rnd(50));
          chunks.push(`${n.toString(16)}\r\n`, b.subarray(at, at + n).toString('latin1'), '\r\n');
          at += n;
        }
        bytes = Buffer.from(
          `HTTP/1.1 ${status} X\r\n${extra}Transfer-Encoding: chunked\r\n\r\n${chunks.join('')}0\r\n\r\n`,
          'latin1',
        );
      } else bytes = Buffer.from(response(`${status} X`, body, extra));
      const cuts = [rnd(bytes.length), rnd(bytes.length)].sort((a, b) => a - b);
      return { bytes, cuts };
    });
    const srv = await rawServer((sock, req) => {
      const { bytes, cuts } = cases[Number(/Bearer tok(\d+)/.exec(req.head)![1])];
      void writeParts(sock, [bytes.subarray(0, cuts[0]), bytes.subarray(cuts[0], cuts[1]), bytes.subarray(cuts[1])]);
    });
    closers.push(srv.close);
    const p = pool(srv.port, 4);
    const reservations = new Reservations(p, batch);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const base = `http://127.0.0.1:${srv.port}`;
    for (let i = 0; i < cases.length; i++) {
      const lean = await reservations.reserve(`tok${i}`, 1);
      // the client it replaces: bench/live-sale/http.ts `request` over a keep-alive http.Agent
      const slow = await request(base, 'POST', '/x', `tok${i}`, undefined, agent);
      expect({ status: lean.status, body: json(lean.text) }).toEqual(slow);
    }
    agent.destroy();
  });
});
