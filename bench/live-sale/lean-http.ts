import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { stats } from './http.js';

/**
 * The load generator's own HTTP/1.1 client for the phases that fire reservations at volume (issue 14 counts
 * the bench's CPU too). Same concurrency as the keep-alive http.Agent it replaces there: persistent
 * connections, one request in flight on each (no pipelining: every request is a real round trip), a new
 * connection only when none is free, up to `maxSockets` (then requests wait for one, first come first
 * served), the most recently freed connection reused first (the Agent's 'lifo'). What it skips is the
 * machinery around the bytes: a request is one prebuilt string written at once, the socket reads into one
 * shared buffer (no stream 'data' events), and a response is parsed just enough — status, the headers it
 * must honour (Content-Length, Transfer-Encoding: chunked, Connection, Keep-Alive), the body as text.
 */

export interface LeanAnswer {
  status: number;
  /** the body, UTF-8 decoded; JSON.parse it only where its fields are needed */
  text: string;
}

/** An error of the connection (its `code` says which: ECONNRESET, EPIPE, ECONNREFUSED, BENCH_TIMEOUT, EPROTO). */
export class LeanHttpError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** retried with the same request bytes (so the same Idempotency-Key), as bench/live-sale/http.ts `request` does */
const RETRIED = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT'];
const CRLF = Buffer.from('\r\n');
const CRLF2 = Buffer.from('\r\n\r\n');
/** a response head longer than this is not a response of ours */
const MAX_HEAD = 64 * 1024;
/** every read of every connection lands here first (reads are synchronous: one buffer serves them all) */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

interface Parsed {
  status: number;
  text: string;
  /** the first byte after this response */
  end: number;
  /** the server will not take another request on this connection */
  close: boolean;
  /** the server's Keep-Alive: timeout=N hint, in ms */
  keepAliveMs?: number;
}

/** The value of header `name` (lower case, with its ':' and the CRLF before it) in `lower`, the lower-cased head. */
function header(head: string, lower: string, name: string): string | undefined {
  const i = lower.indexOf(name);
  if (i < 0) return undefined;
  const from = i + name.length;
  const to = lower.indexOf('\r\n', from);
  return head.slice(from, to < 0 ? head.length : to).trim();
}

/**
 * One complete response at the start of `buf` (interim 1xx responses before it skipped), or null if more
 * bytes are needed; `eof`: the server closed the connection after these bytes. Throws (code EPROTO) on
 * anything that is not an HTTP/1.x response it can delimit.
 */
export function parseResponse(buf: Buffer, eof: boolean): Parsed | null {
  let off = 0;
  for (;;) {
    const headEnd = buf.indexOf(CRLF2, off);
    if (headEnd < 0) {
      if (buf.length - off > MAX_HEAD) throw new LeanHttpError('response head too long', 'EPROTO');
      return null;
    }
    const head = buf.toString('latin1', off, headEnd);
    // HTTP/1.x SP 3DIGIT [SP reason]
    const after = head.charCodeAt(12);
    const status =
      head.startsWith('HTTP/1.') && head.charCodeAt(8) === 32 && (after === 32 || Number.isNaN(after))
        ? Number(head.slice(9, 12))
        : NaN;
    if (!(status >= 100 && status <= 599))
      throw new LeanHttpError(`not an HTTP/1.x status line: ${JSON.stringify(head.slice(0, 40))}`, 'EPROTO');
    const bodyStart = headEnd + 4;
    if (status < 200) {
      if (status === 101) throw new LeanHttpError('101 Switching Protocols', 'EPROTO');
      off = bodyStart; // 100 Continue, 103 Early Hints: the real response follows
      continue;
    }
    const lower = head.toLowerCase();
    const connection = header(head, lower, '\r\nconnection:')?.toLowerCase();
    const http10 = head.charCodeAt(7) === 48;
    let close = http10 ? !connection?.includes('keep-alive') : !!connection?.includes('close');
    const hint = header(head, lower, '\r\nkeep-alive:');
    const timeout = hint ? /timeout=(\d+)/i.exec(hint) : null;
    const keepAliveMs = timeout ? Number(timeout[1]) * 1000 : undefined;
    const te = header(head, lower, '\r\ntransfer-encoding:');
    if (te !== undefined) {
      const codings = te
        .toLowerCase()
        .split(',')
        .map((s) => s.trim());
      if (codings.length !== 1 || codings[0] !== 'chunked')
        throw new LeanHttpError(`Transfer-Encoding ${te} not supported`, 'EPROTO');
      const body = dechunk(buf, bodyStart);
      if (!body) {
        if (eof) throw new LeanHttpError('connection closed inside a chunked body', 'ECONNRESET');
        return null;
      }
      return { status, text: body.text, end: body.end, close, keepAliveMs };
    }
    const cl = header(head, lower, '\r\ncontent-length:');
    if (cl !== undefined) {
      if (!/^\d+$/.test(cl)) throw new LeanHttpError(`Content-Length ${cl}`, 'EPROTO');
      const end = bodyStart + Number(cl);
      if (buf.length < end) {
        if (eof) throw new LeanHttpError('connection closed inside a body', 'ECONNRESET');
        return null;
      }
      return { status, text: buf.toString('utf8', bodyStart, end), end, close, keepAliveMs };
    }
    if (status === 204 || status === 304) return { status, text: '', end: bodyStart, close, keepAliveMs };
    // neither: the body runs to the end of the connection
    if (!eof) return null;
    close = true;
    return { status, text: buf.toString('utf8', bodyStart), end: buf.length, close };
  }
}

/** A chunked body from `from`: its text and the first byte after it (trailers included), or null if incomplete. */
function dechunk(buf: Buffer, from: number): { text: string; end: number } | null {
  const parts: Buffer[] = [];
  let p = from;
  for (;;) {
    const lineEnd = buf.indexOf(CRLF, p);
    if (lineEnd < 0) return null;
    const size = buf.toString('latin1', p, lineEnd).split(';')[0].trim();
    if (!/^[0-9a-fA-F]{1,8}$/.test(size)) throw new LeanHttpError(`chunk size ${JSON.stringify(size)}`, 'EPROTO');
    const n = parseInt(size, 16);
    if (n === 0) {
      // trailer lines, then an empty line
      for (let q = lineEnd + 2; ;) {
        const e = buf.indexOf(CRLF, q);
        if (e < 0) return null;
        if (e === q) return { text: Buffer.concat(parts).toString('utf8'), end: e + 2 };
        q = e + 2;
      }
    }
    const dataEnd = lineEnd + 2 + n;
    if (buf.length < dataEnd + 2) return null;
    if (buf[dataEnd] !== 13 || buf[dataEnd + 1] !== 10) throw new LeanHttpError('chunk not followed by CRLF', 'EPROTO');
    parts.push(buf.subarray(lineEnd + 2, dataEnd));
    p = dataEnd + 2;
  }
}

interface Pending {
  resolve: (a: LeanAnswer) => void;
  reject: (e: Error) => void;
}

class Connection {
  readonly socket: net.Socket;
  /** the bytes of the current response read so far, when it came in more than one read */
  partial: Buffer | null = null;
  pending: Pending | null = null;
  sentAt = 0;
  idleSince = 0;
  keepAliveMs = Infinity;
  gone = false;

  constructor(
    private readonly pool: LeanPool,
    host: string,
    port: number,
  ) {
    this.socket = net.connect({
      host,
      port,
      noDelay: true,
      keepAlive: true,
      keepAliveInitialDelay: 1000,
      onread: { buffer: READ_BUFFER, callback: (n: number, b: Buffer) => this.onRead(n, b) },
    });
    this.socket.on('error', (e: NodeJS.ErrnoException) => this.fail(e.code ?? 'ECONNRESET', e.message));
    this.socket.on('end', () => this.onEnd());
    this.socket.on('close', () => this.fail('ECONNRESET', 'socket hang up'));
  }

  send(request: string, pending: Pending): void {
    this.pending = pending;
    this.sentAt = performance.now();
    this.socket.write(request);
  }

  private onRead(n: number, b: Buffer): boolean {
    if (!this.pending) {
      // bytes nobody asked for: this connection's framing can no longer be trusted
      this.fail('EPROTO', 'unsolicited bytes');
      return false;
    }
    const buf = this.partial ? Buffer.concat([this.partial, b.subarray(0, n)]) : b.subarray(0, n);
    this.settle(buf, false);
    return true;
  }

  private onEnd(): void {
    if (this.pending && this.partial) this.settle(this.partial, true);
    this.fail('ECONNRESET', 'socket hang up');
  }

  private settle(buf: Buffer, eof: boolean): void {
    let r: Parsed | null;
    try {
      r = parseResponse(buf, eof);
    } catch (e) {
      this.fail((e as LeanHttpError).code ?? 'EPROTO', (e as Error).message);
      return;
    }
    if (!r) {
      // not complete yet: keep a copy (the read buffer is reused by the next read of any connection)
      this.partial = buf === this.partial ? buf : Buffer.from(buf);
      return;
    }
    const p = this.pending!;
    this.pending = null;
    this.partial = null;
    if (r.keepAliveMs !== undefined) this.keepAliveMs = r.keepAliveMs;
    // more bytes than one response: not a server we can keep talking to on this connection
    if (r.close || r.end !== buf.length) this.destroy();
    else this.pool.release(this);
    p.resolve({ status: r.status, text: r.text });
  }

  /** The connection is over: its request in flight (if any) fails with `code`. */
  fail(code: string, message: string): void {
    const p = this.pending;
    this.pending = null;
    this.partial = null;
    this.destroy();
    p?.reject(new LeanHttpError(message, code));
  }

  destroy(): void {
    if (this.gone) return;
    this.gone = true;
    this.socket.destroy();
    this.pool.forget(this);
  }
}

/** Persistent connections to one server (host:port), one request in flight on each. */
export class LeanPool {
  private readonly idle: Connection[] = [];
  private readonly all = new Set<Connection>();
  private readonly waiting: Array<{ request: string; pending: Pending }> = [];
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(
    readonly host: string,
    readonly port: number,
    private readonly opts: { maxSockets: number; timeoutMs: number },
  ) {
    // a request without its full answer after timeoutMs fails (BENCH_TIMEOUT, not retried): never a hang
    this.sweeper = setInterval(
      () => {
        const late = performance.now() - this.opts.timeoutMs;
        for (const c of this.all)
          if (c.pending && c.sentAt < late) c.fail('BENCH_TIMEOUT', `no answer within ${this.opts.timeoutMs} ms`);
      },
      Math.min(1000, this.opts.timeoutMs),
    );
    this.sweeper.unref();
  }

  get connections(): number {
    return this.all.size;
  }

  /** One request (its exact bytes, written at once) on a free connection; its answer once complete. */
  send(request: string): Promise<LeanAnswer> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new LeanHttpError('pool destroyed', 'EDESTROYED'));
      const c = this.checkout();
      if (c) c.send(request, { resolve, reject });
      else this.waiting.push({ request, pending: { resolve, reject } });
    });
  }

  private checkout(): Connection | null {
    const now = performance.now();
    for (let c = this.idle.pop(); c; c = this.idle.pop()) {
      // as Node's Agent: a connection idle for (the server's keep-alive timeout − 1 s) is not reused
      if (now - c.idleSince < c.keepAliveMs - 1000) return c;
      c.destroy();
    }
    if (this.all.size >= this.opts.maxSockets) return null;
    const c = new Connection(this, this.host, this.port);
    this.all.add(c);
    return c;
  }

  /** A connection whose response is complete: to the next waiting request, or idle. */
  release(c: Connection): void {
    const w = this.waiting.shift();
    if (w) return c.send(w.request, w.pending);
    c.idleSince = performance.now();
    this.idle.push(c);
  }

  /** A connection that is over: out of the pool; a waiting request gets a new one. */
  forget(c: Connection): void {
    if (!this.all.delete(c)) return;
    const i = this.idle.lastIndexOf(c);
    if (i >= 0) this.idle.splice(i, 1);
    if (this.waiting.length && !this.closed) {
      const n = this.checkout();
      const w = n && this.waiting.shift();
      if (n && w) n.send(w.request, w.pending);
    }
  }

  destroy(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const w of this.waiting.splice(0)) w.pending.reject(new LeanHttpError('pool destroyed', 'EDESTROYED'));
    for (const c of [...this.all]) c.fail('EDESTROYED', 'pool destroyed');
  }
}

/**
 * One request; a connection reset (the server closing an idle keep-alive connection just as it is reused)
 * is retried with the very same bytes — the same Idempotency-Key, so a reservation is never made twice —
 * and counted in stats.connectionRetries, as `request` in ./http.ts does.
 */
export async function leanRequest(pool: LeanPool, request: string): Promise<LeanAnswer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await pool.send(request);
    } catch (e) {
      if (attempt >= 3 || !RETRIED.includes((e as LeanHttpError).code)) throw e;
      stats.connectionRetries++;
    }
  }
}

/**
 * The reservations of one batch as `request` strings: everything but the caller's token, the quantity's
 * body and a new Idempotency-Key is built once. The same request http.request sent (method, path,
 * Content-Type, Authorization: Bearer, Idempotency-Key, Host, Connection: keep-alive, Content-Length, JSON
 * body).
 */
export class Reservations {
  private readonly start: string;
  /** per quantity: the bytes from the Idempotency-Key to the end of the body */
  private readonly tails = new Map<number, string>();

  constructor(
    private readonly pool: LeanPool,
    private readonly batch: { batchId: string; pickupPointId: string },
  ) {
    this.start =
      `POST /api/v1/batches/${batch.batchId}/reservations HTTP/1.1\r\n` +
      'content-type: application/json\r\nauthorization: Bearer ';
  }

  /**
   * The request bytes of a reservation of `quantity` as `token`, with a new Idempotency-Key: byte for byte
   * what http.request sent (its header names, their order), the key aside.
   */
  request(token: string, quantity: number): string {
    let tail = this.tails.get(quantity);
    if (tail === undefined) {
      const body = JSON.stringify({
        quantity,
        fulfilment: { type: 'pickup', pickupPointId: this.batch.pickupPointId },
      });
      tail =
        `\r\nHost: ${this.pool.host}:${this.pool.port}\r\nConnection: keep-alive\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      this.tails.set(quantity, tail);
    }
    return this.start + token + '\r\nidempotency-key: ' + randomUUID() + tail;
  }

  /** A reservation of `quantity` as `token` (a new Idempotency-Key, kept across a retry). */
  reserve(token: string, quantity: number): Promise<LeanAnswer> {
    return leanRequest(this.pool, this.request(token, quantity));
  }
}

/** JSON.parse of a body, or the text itself when it is not JSON (as ./http.ts `request` answers). */
export function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
