/**
 * The load generator's CPU alone, old client against lean client (issue 14 counts the bench's own CPU):
 * `node dist/bench/live-sale/client-compare.js [rounds] [requests] [in flight]` (defaults 4, 20000, 500).
 * A trivial HTTP server in its own process answers POST /api/v1/batches/:id/reservations with 201 (3 in 4)
 * or 409 SOLD_OUT and headers like the gateway's; each client runs in a fresh process of its own — a warm-up
 * of 2,000 requests that opens the connections, then `requests` reservations with `in flight` workers, each
 * as the bench's phase() fires them (a JWT-sized token, a new Idempotency-Key, latency from send to answer,
 * the body read for 201 and 409) — and reports its CPU (process.cpuUsage) per request. Rounds alternate the
 * order (node, lean; lean, node; …). Run it under the bench lock: `flock /work/notes/bench.lock node …`.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { procCpu, machineCpu } from './cpu.js';
import { reserve, stats } from './http.js';
import { json, LeanPool, Reservations } from './lean-http.js';

const SELF = fileURLToPath(import.meta.url);

/** The gateway's response headers on a reservation (helmet's, fastify's), near enough in count and size. */
const HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob: https:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-site',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  'x-request-id': 'bench',
  'content-type': 'application/json; charset=utf-8',
  vary: 'accept-encoding',
};

function server(): void {
  let n = 0;
  const s = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const sold = ++n % 4 === 0;
      const body = sold
        ? JSON.stringify({ statusCode: 409, code: 'SOLD_OUT', message: 'ขายหมดแล้ว: เหลือ 0 หน่วย' })
        : JSON.stringify({
            id: randomUUID(),
            batchId: randomUUID(),
            consumerId: randomUUID(),
            quantity: 1 + (n % 3),
            status: 'confirmed',
            fulfilment: { type: 'pickup', pickupPointId: randomUUID() },
            depositSatang: 3600,
            totalSatang: 12000,
            createdAt: new Date().toISOString(),
          });
      res.writeHead(sold ? 409 : 201, { ...HEADERS, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  s.keepAliveTimeout = 72_000; // fastify's
  s.listen(0, '127.0.0.1', () => console.log(String((s.address() as AddressInfo).port)));
}

type Fire = (token: string, quantity: number) => Promise<{ status: number; body: unknown }>;

async function client(kind: string, port: number, total: number, inFlight: number): Promise<void> {
  const batch = { batchId: randomUUID(), pickupPointId: randomUUID() };
  const base = `http://127.0.0.1:${port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight + 100, maxFreeSockets: inFlight + 100 });
  const pool = new LeanPool('127.0.0.1', port, { maxSockets: inFlight + 100, timeoutMs: 120_000 });
  const reservations = new Reservations(pool, batch);
  // as phase() reads an answer in each client
  const fire: Fire =
    kind === 'node'
      ? (token, quantity) => reserve(base, agent, batch, token, quantity)
      : async (token, quantity) => {
          const r = await reservations.reserve(token, quantity);
          return { status: r.status, body: r.status === 201 || r.status === 409 ? json(r.text) : {} };
        };
  // JWT-sized tokens, made before the clock starts (the bench mints them before a phase)
  const tokens = Array.from({ length: total }, () => randomBytes(190).toString('base64url'));
  async function run(n: number) {
    let next = 0;
    const lat: number[] = [];
    let ok = 0;
    let sold = 0;
    let other = 0;
    async function worker() {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        const r = await fire(tokens[i], 1 + ((i * 7919) % 3));
        lat.push(performance.now() - t0);
        const body = r.body as { id: string; status: string; code?: string };
        if (r.status === 201 && body.status === 'confirmed') ok++;
        else if (r.status === 409 && body.code === 'SOLD_OUT') sold++;
        else other++;
      }
    }
    await Promise.all(Array.from({ length: inFlight }, worker));
    lat.sort((a, b) => a - b);
    return { ok, sold, other, p50: lat[Math.floor(lat.length / 2)], p99: lat[Math.floor(lat.length * 0.99)] };
  }
  await run(Math.min(2000, total));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await run(total);
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  console.log(
    JSON.stringify({
      kind,
      cpuMsPerRequest: (c.user + c.system) / 1000 / total,
      userMs: c.user / 1000 / total,
      systemMs: c.system / 1000 / total,
      perSecond: total / seconds,
      connections: kind === 'node' ? undefined : pool.connections,
      retries: stats.connectionRetries,
      /** the whole process's CPU seconds, start-up included (for the machine's other load) */
      processCpuS: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
      ...r,
    }),
  );
  agent.destroy();
  pool.destroy();
}

function runChild(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${args[0]} exited ${code}`))));
  });
}

async function main(): Promise<void> {
  const [rounds = 4, total = 20000, inFlight = 500] = process.argv.slice(2).map(Number);
  const srv = spawn(process.execPath, [SELF, 'server'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = Number(await new Promise<string>((r) => srv.stdout.once('data', (d) => r(String(d).trim()))));
  const results: Record<string, number[]> = { node: [], lean: [] };
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const kind of round % 2 ? ['node', 'lean'] : ['lean', 'node']) {
        const s0 = procCpu(srv.pid!) ?? 0;
        const m0 = machineCpu();
        const out = JSON.parse(await runChild(['client', kind, String(port), String(total), String(inFlight)]));
        const m1 = machineCpu();
        const serverS = (procCpu(srv.pid!) ?? 0) - s0;
        const serverMs = (serverS * 1000) / (total + Math.min(2000, total));
        const others = Math.max(0, m1.busy - m0.busy - serverS - out.processCpuS) / (m1.total - m0.total);
        results[kind].push(out.cpuMsPerRequest);
        console.log(
          `round ${round} ${kind.padEnd(4)}: client ${out.cpuMsPerRequest.toFixed(4)} ms CPU/request (user ${out.userMs.toFixed(4)}, system ${out.systemMs.toFixed(4)}), ` +
            `${out.perSecond.toFixed(0)}/s, p50 ${out.p50.toFixed(1)} ms, p99 ${out.p99.toFixed(1)} ms, ${out.ok}×201 ${out.sold}×409 ${out.other} other, ` +
            `retries ${out.retries}; server ${serverMs.toFixed(4)} ms/request; others used ${(others * 100).toFixed(0)} % of the machine`,
        );
      }
    }
  } finally {
    srv.kill();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `median client CPU ms/request over ${rounds} rounds: node http ${median(results.node).toFixed(4)}, lean ${median(results.lean).toFixed(4)}`,
  );
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'server') server();
else if (mode === 'client') void client(rest[0], Number(rest[1]), Number(rest[2]), Number(rest[3]));
else await main();
