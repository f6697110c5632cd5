// Sends a case as raw HTTP (node:http, so paths are sent exactly as written: no URL normalisation of `..`,
// bodies as given bytes) and times it to the last byte. An event stream is timed to its headers.
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const TIMEOUT_MS = 15_000;

const enc = (v) => {
  if (v === '%ZZ') return v; // a broken percent-escape, sent as is
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80'; // a lone surrogate: its CESU-8 bytes, which are not UTF-8
  }
};

/** The request target: path values are sent as written (already escaped), query values escaped here. */
export function urlPath(c, routePath) {
  const path = routePath.replace(/\{(\w+)\}/g, (_, n) => c.pathValues[n]);
  const qs = c.query?.length ? `?${c.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}` : '';
  return path + qs;
}

const dropped = (res) => res.status === 0 && /socket hang up|ECONNRESET|EPIPE/.test(res.error ?? '');

/**
 * Sends a case; when the connection is found closed before any answer (the server closes it after refusing
 * the previous request, e.g. a 414, and the pooled socket is reused), once more on a fresh connection. A body
 * over the server's limit may be answered (413) and the connection closed while it is still being written:
 * node:http then reports only the failed write (EPIPE/ECONNRESET), so such a body is sent a third time on a raw
 * socket that keeps reading after its write fails — the answer counts if one came, "no answer" stays otherwise.
 */
export async function send(base, c, routePath, method, token) {
  const res = await sendOnce(base, c, routePath, method, token, agent);
  if (!dropped(res)) return res;
  const again = await sendOnce(base, c, routePath, method, token, false);
  if (again.status) return { ...again, note: `first try on a reused connection: ${res.error}` };
  if (!dropped(again) || requestOf(c, routePath, token).body.length < 64 * 1024) return again;
  const raw = await sendRaw(base, c, routePath, method, token);
  return raw.status ? { ...raw, note: `answered before the body was written (${again.error})` } : again;
}

function requestOf(c, routePath, token) {
  const body = c.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body, 'utf8');
  // header values go out as their UTF-8 bytes (node:http sends latin1 code points as single bytes)
  const headers = Object.fromEntries(
    Object.entries(c.headers).map(([k, v]) => [k, Buffer.from(String(v), 'utf8').toString('latin1')]),
  );
  if (c.contentType) headers['content-type'] = c.contentType;
  if (token) headers.authorization = `Bearer ${token}`;
  if (c.body !== undefined) headers['content-length'] = String(body.length);
  return { body, headers, path: urlPath(c, routePath) };
}

/** One request on a fresh socket, reading whatever the server answers even when writing the body fails. */
function sendRaw(base, c, routePath, method, token) {
  const u = new URL(base);
  const { body, headers, path } = requestOf(c, routePath, token);
  const head = [`${method} ${path} HTTP/1.1`, `host: ${u.host}`, 'connection: close']
    .concat(Object.entries(headers).map(([k, v]) => `${k}: ${v}`))
    .join('\r\n');
  return new Promise((resolve) => {
    const t0 = performance.now();
    const chunks = [];
    let writeError;
    const socket = net.connect({ host: u.hostname, port: Number(u.port) });
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000}s`)));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => (writeError ??= e));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const ms = Math.round(performance.now() - t0);
      if (!m) return resolve({ ms, path, status: 0, error: writeError?.message ?? 'closed without an answer' });
      const [rawHead, ...rest] = text.split('\r\n\r\n');
      const hdrs = Object.fromEntries(
        rawHead
          .split('\r\n')
          .slice(1)
          .map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const excerpt = Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8').slice(0, 600);
      resolve({ ms, path, status: Number(m[1]), headers: hdrs, excerpt });
    });
    socket.write(`${head}\r\n\r\n`);
    socket.end(body);
  });
}

function sendOnce(base, c, routePath, method, token, agentToUse) {
  const u = new URL(base);
  const { body: bytes, headers, path } = requestOf(c, routePath, token);
  const body = c.body === undefined ? undefined : bytes;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const done = (r) => resolve({ ms: Math.round(performance.now() - t0), path, ...r });
    let req;
    try {
      req = http.request(
        { host: u.hostname, port: u.port, method, path, headers, agent: agentToUse, timeout: TIMEOUT_MS },
        (res) => {
          if (/text\/event-stream/.test(res.headers['content-type'] ?? '')) {
            res.destroy();
            return done({ status: res.statusCode, headers: res.headers, excerpt: '(event stream)' });
          }
          const chunks = [];
          let size = 0;
          res.on('data', (d) => {
            size += d.length;
            if (size < 4096) chunks.push(d);
          });
          res.on('end', () =>
            done({
              status: res.statusCode,
              headers: res.headers,
              excerpt: Buffer.concat(chunks).toString('utf8').slice(0, 600),
              size,
            }),
          );
          res.on('error', (e) =>
            done({ status: res.statusCode, headers: res.headers, excerpt: `(response broken: ${e.message})` }),
          );
        },
      );
    } catch (e) {
      return done({ status: 0, error: `not sendable: ${e.message}` });
    }
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000}s`)));
    req.on('error', (e) => done({ status: 0, error: e.message }));
    req.end(body);
  });
}

const b64 = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
function sign(payload, secret) {
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  return `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
}

/** Tokens that must not pass: a well-signed one for a user that does not exist, an expired one, a wrongly signed one, garbage. */
export function forgedTokens(secret, realAdminToken) {
  const now = Math.floor(Date.now() / 1000);
  const claims = JSON.parse(Buffer.from(realAdminToken.split('.')[1], 'base64url').toString());
  return {
    ghost: sign({ sub: randomUUID(), name: 'ghost', roles: ['dla_admin'], tv: 0, iat: now, exp: now + 3600 }, secret),
    expired: sign({ ...claims, iat: now - 7200, exp: now - 3600 }, secret),
    badsig: sign({ ...claims, iat: now, exp: now + 3600 }, `${secret}-not-it`),
    garbage: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: now + 3600 })}.`,
  };
}
