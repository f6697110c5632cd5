// The steady load of `npm run test:faults`, through the public API only, as clients that retry do: every
// reservation with an Idempotency-Key (a retry sends the same key), payments and transitions re-read the
// order before trying again. Its ledger holds what the system acknowledged: every 201 reservation (id, key,
// batch, quantity, consumer) and every order whose completion was answered 200.
import { randomUUID } from 'node:crypto';
import { signUpConsumer } from '../../libs/testing/src/consumer-signup.mjs';

export const LAO = '4560501';

/** Answers counted by phase (the fault running when the answer came): status → n; 5xx other than 503 kept. */
export class Stats {
  phase = 'start-up';
  byPhase = new Map();
  record(status, method, path, body, ms = 0) {
    let p = this.byPhase.get(this.phase);
    if (!p) this.byPhase.set(this.phase, (p = { calls: 0, statuses: {}, non503: 0, samples: [], slowestMs: 0 }));
    p.calls++;
    p.slowestMs = Math.max(p.slowestMs, ms);
    p.statuses[status] = (p.statuses[status] ?? 0) + 1;
    if (typeof status === 'number' && status >= 500 && status !== 503) {
      p.non503++;
      const sample = `${status} ${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')} ${JSON.stringify(body)?.slice(0, 160)}`;
      if (p.samples.length < 5 && !p.samples.includes(sample)) p.samples.push(sample);
    }
  }
  of(phase) {
    return this.byPhase.get(phase) ?? { calls: 0, statuses: {}, non503: 0, samples: [], slowestMs: 0 };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Api {
  constructor(base, stats) {
    this.base = base;
    this.stats = stats;
  }
  /** One HTTP call; a network error or timeout is status 'net'. */
  async once(method, path, { token, body, key } = {}) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    if (key) headers['idempotency-key'] = key;
    let status;
    let json;
    const t0 = Date.now();
    try {
      const res = await fetch(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      status = res.status;
      const text = await res.text();
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = text;
      }
    } catch (e) {
      status = 'net';
      json = e.cause?.code ?? e.name;
    }
    this.stats.record(status, method, path, json, Date.now() - t0);
    return { status, body: json };
  }
  /** Retries network errors and 5xx (the outcome of those is unknown) for up to `forMs`. */
  async retry(method, path, opts = {}, forMs = 120_000) {
    const until = Date.now() + forMs;
    let r;
    let failedBefore = false;
    for (let wait = 250; ; wait = Math.min(wait * 2, 2000)) {
      r = await this.once(method, path, opts);
      if (r.status !== 'net' && r.status < 500) return { ...r, failedBefore };
      failedBefore = true;
      if (Date.now() > until) return { ...r, failedBefore };
      await sleep(wait);
    }
  }
}

export class Ledger {
  reservations = []; // { id, key, batchId, quantity, token, orderId }
  unknownReservations = []; // gave up retrying: outcome unknown to the client
  completed = new Set(); // order ids answered 200 to /complete
  batches = new Set();
  stuck = []; // cycles that could not finish (e.g. an order that never settled)
}

/**
 * Drives the load until `stop()`: `cycles` workers each run whole batches (reserve → deposit → close →
 * harvest → balance → ready → handover → complete), `streams` workers reserve without pause into one big
 * open batch. `pause()` waits until every worker is between calls, so the checks see a quiet system.
 */
export class Load {
  constructor(api, ledger, ctx, { cycles = 2, streams = 2 } = {}) {
    Object.assign(this, { api, ledger, ctx, cycles, streams });
    this.running = true;
    this.paused = false;
    this.idle = 0;
    this.resumeWaiters = [];
  }
  async gate() {
    while (this.paused) {
      this.idle++;
      await new Promise((r) => this.resumeWaiters.push(r));
      this.idle--;
    }
  }
  async pause() {
    this.paused = true;
    const workers = this.cycles + this.streams;
    const until = Date.now() + 180_000;
    while (this.idle < workers && this.workersAlive > 0 && Date.now() < until) await sleep(100);
  }
  resume() {
    this.paused = false;
    this.resumeWaiters.splice(0).forEach((r) => r());
  }
  start() {
    this.workersAlive = this.cycles + this.streams;
    const run = async (fn) => {
      try {
        while (this.running) {
          await this.gate();
          if (!this.running) break;
          await fn();
        }
      } catch (e) {
        this.ledger.stuck.push(`worker stopped: ${e.message}`);
      } finally {
        this.workersAlive--;
      }
    };
    this.done = Promise.all([
      ...Array.from({ length: this.cycles }, (_, w) => run(() => this.cycle(w))),
      ...Array.from({ length: this.streams }, (_, w) => run(() => this.streamOne(w))),
    ]);
  }
  async stop() {
    this.running = false;
    this.resume();
    await this.done;
  }

  async newBatch(reservable, perConsumer) {
    const now = Date.now();
    const created = await this.api.retry('POST', '/api/v1/batches', {
      token: this.ctx.farmer,
      body: {
        productId: this.ctx.productId,
        harvestStart: '2026-12-10',
        harvestEnd: '2026-12-20',
        estimatedQuantity: reservable,
        reservableQuantity: reservable,
        depositPercent: 30,
        minQuantity: 1,
        maxQuantityPerConsumer: perConsumer,
        preorderOpensAt: new Date(now - 60_000).toISOString(),
        preorderClosesAt: new Date(now + 6 * 3600_000).toISOString(),
        waitlist: false,
        pickupPoints: [{ name: 'ตลาดสดเทศบาล', address: 'ดอกคำใต้' }],
      },
    });
    if (created.status !== 201) throw new Error(`batch: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.id;
    this.ledger.batches.add(id);
    let b = await this.api.retry('GET', `/api/v1/batches/${id}`, { token: this.ctx.farmer });
    if (b.body.status === 'draft') {
      await this.api.retry('POST', `/api/v1/batches/${id}/open`, { token: this.ctx.farmer });
      b = await this.api.retry('GET', `/api/v1/batches/${id}`, { token: this.ctx.farmer });
    }
    return { id, pickupPointId: b.body.pickupPoints[0].id };
  }

  /** A reservation as a client that retries with the same key; a 201 goes into the ledger. */
  async reserve(batch, consumer, quantity) {
    const key = randomUUID();
    const r = await this.api.retry(
      'POST',
      `/api/v1/batches/${batch.id}/reservations`,
      { token: consumer, key, body: { quantity, fulfilment: { type: 'pickup', pickupPointId: batch.pickupPointId } } },
      90_000,
    );
    if (r.status === 201) {
      const rec = {
        id: r.body.id,
        key,
        batchId: batch.id,
        pickupPointId: batch.pickupPointId,
        quantity: r.body.quantity,
        token: consumer,
        orderId: r.body.orderId,
        status: r.body.status,
      };
      this.ledger.reservations.push(rec);
      return rec;
    }
    if (r.status === 'net' || r.status >= 500) this.ledger.unknownReservations.push({ key, batchId: batch.id });
    return null;
  }

  async streamOne(w) {
    if (!this.big) this.big = this.newBatch(1_000_000, 1_000_000);
    const batch = await this.big;
    const consumers = this.ctx.consumers;
    this.n = (this.n ?? 0) + 1;
    await this.reserve(batch, consumers[(this.n + w) % consumers.length], 1 + (this.n % 2));
  }

  /** Pays what the order says is due, re-reading it before any retry (a payment is not idempotent). */
  async pay(orderId, token, wantStatus) {
    for (let i = 0; i < 60; i++) {
      await this.gate();
      const o = await this.api.retry('GET', `/api/v1/orders/${orderId}`, { token });
      if (o.status !== 200) throw new Error(`order ${orderId}: ${o.status}`);
      if (o.body.status !== wantStatus) return o.body;
      if (o.body.amountDueSatang <= 0) return o.body;
      const p = await this.api.once('POST', `/api/v1/orders/${orderId}/payments`, {
        token: this.ctx.farmer,
        body: { amountSatang: o.body.amountDueSatang, method: 'transfer', reference: `F-${randomUUID().slice(0, 8)}` },
      });
      if (p.status === 201) return p.body;
      await sleep(500);
    }
    throw new Error(`order ${orderId}: payment never went through`);
  }

  /** A transition that is not idempotent: after an unknown outcome, re-read the state before trying again. */
  async transition(path, token, isDone) {
    for (let i = 0; i < 60; i++) {
      await this.gate();
      if (i > 0 && (await isDone())) return true;
      const r = await this.api.once('POST', path, { token });
      if (r.status === 200 || r.status === 201) return true;
      await sleep(500);
    }
    throw new Error(`${path}: never went through`);
  }

  async orderStatus(orderId) {
    const o = await this.api.retry('GET', `/api/v1/orders/${orderId}`, { token: this.ctx.farmer });
    return o.body?.status;
  }
  async batchStatus(id) {
    return (await this.api.retry('GET', `/api/v1/batches/${id}`, { token: this.ctx.farmer })).body?.status;
  }

  async cycle(w) {
    const batch = await this.newBatch(12, 3);
    const cs = this.ctx.consumers;
    const start = Math.floor(Math.random() * cs.length);
    const held = [];
    for (let i = 0; i < 4; i++) {
      await this.gate();
      const r = await this.reserve(batch, cs[(start + i) % cs.length], 1 + ((i + w) % 3));
      if (r) held.push(r);
    }
    for (const r of held) await this.pay(r.orderId, this.ctx.farmer, 'awaiting_deposit');
    await this.transition(
      `/api/v1/batches/${batch.id}/close`,
      this.ctx.farmer,
      async () => (await this.batchStatus(batch.id)) !== 'open',
    );
    const total = held.reduce((n, r) => n + r.quantity, 0);
    const harvested = await this.api.retry('POST', `/api/v1/batches/${batch.id}/harvest`, {
      token: this.ctx.farmer,
      body: { actualQuantity: total },
    });
    if (harvested.status !== 200 && !(harvested.failedBefore && (await this.batchStatus(batch.id)) !== 'closed'))
      throw new Error(`harvest: ${harvested.status} ${JSON.stringify(harvested.body)}`);
    for (const r of held) {
      // the settlement comes to the order service as an event
      const until = Date.now() + 120_000;
      let s;
      while ((s = await this.orderStatus(r.orderId)) === 'reserved' && Date.now() < until) await sleep(500);
      if (s === 'reserved') {
        this.ledger.stuck.push(`order ${r.orderId} not settled 120 s after the harvest`);
        continue;
      }
      await this.pay(r.orderId, this.ctx.farmer, 'awaiting_balance');
      const past = (states) => async () => !states.includes(await this.orderStatus(r.orderId));
      await this.transition(`/api/v1/orders/${r.orderId}/ready`, this.ctx.farmer, past(['paid', 'awaiting_balance']));
      await this.transition(
        `/api/v1/orders/${r.orderId}/handover`,
        this.ctx.farmer,
        past(['paid', 'awaiting_balance', 'ready_for_pickup']),
      );
      await this.transition(
        `/api/v1/orders/${r.orderId}/complete`,
        r.token,
        async () => (await this.orderStatus(r.orderId)) === 'completed',
      );
      this.ledger.completed.add(r.orderId);
    }
  }
}

/** The actors: the bootstrap admin, a community enterprise with its farmer login and product, consumers. */
export async function setUp(api, admin, consumerCount, smsLogPath) {
  const login = async (l, p) => {
    const r = await api.retry('POST', '/api/v1/auth/login', { body: { login: l, password: p } });
    if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.accessToken;
  };
  const adminToken = await login(admin.login, admin.password);
  const phone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const account = { phone: phone(), password: 'farmer-pass-1' };
  const producer = await api.retry('POST', '/api/v1/producers', {
    token: adminToken,
    body: {
      kind: 'community_enterprise',
      name: `วิสาหกิจชุมชน faults ${randomUUID().slice(0, 6)}`,
      laoCode: LAO,
      memberCount: 12,
      contacts: { phone: account.phone },
      publishContacts: false,
      promptPayId: '0812345678',
      account,
    },
  });
  if (producer.status !== 201) throw new Error(`producer: ${producer.status} ${JSON.stringify(producer.body)}`);
  const farmer = await login(account.phone, account.password);
  const product = await api.retry('POST', '/api/v1/products', {
    token: farmer,
    body: {
      producerId: producer.body.id,
      name: 'ลำไยอีดอ (faults)',
      category: 'fruit',
      unit: 'kg',
      priceSatang: 12_000,
    },
  });
  if (product.status !== 201) throw new Error(`product: ${product.status} ${JSON.stringify(product.body)}`);
  const consumers = [];
  for (let i = 0; i < consumerCount; i++) {
    // signed up as a person would (register, the code from the SMS log, verify-phone); the system is healthy here
    const c = await signUpConsumer(api.base, smsLogPath, {
      name: `ผู้ซื้อ ${i}`,
      phone: phone(),
      password: 'consumer-pass-1',
    });
    consumers.push(c.accessToken);
  }
  return { adminToken, farmer, productId: product.body.id, consumers };
}
