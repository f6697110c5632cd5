import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import request from 'supertest';
import type { Response } from 'supertest';
import { natsCredentialsEnv } from '@app/messaging';
import { appFactory, eventually, TestSystem } from '@app/testing';
import type { RunningApp } from '@app/testing';
import type { Caller } from '@app/contracts';
import { consumerToken, givenBatch, opensInAnHour } from '../../harvest-preorder/test/support.js';

/**
 * POST /batches/:id/reservations has a fast path past Nest's pipeline (batches/reservation-fast-path.ts). The
 * suite's gateway serves it; a second gateway on the same system runs with RESERVE_FAST_PATH=false (every
 * request through Nest). The same scenario runs on each against twin batches, and every answer must be the
 * same: status, body (ids aside: each side has its own batch, consumers and reservations) and every header
 * (the request id is sent by the test, so it is the same too; only Date may differ).
 */
describe('reservation fast path answers as Nest does', () => {
  const sys = TestSystem.forSuite({
    services: ['catalog', 'harvest-preorder', 'order'],
    env: { BATCH_SWEEP_INTERVAL_MS: '100' },
  });
  let nest: RunningApp;

  beforeAll(async () => {
    nest = await (
      await appFactory('gateway')
    ).start({ ...sys.env, ...natsCredentialsEnv('gateway', sys.natsCredentials), RESERVE_FAST_PATH: 'false' });
    sys.onClose(() => nest.close());
  });

  const sign = (caller: Caller, extra: Record<string, unknown> = {}) => {
    sys.registerMintedUser(caller);
    return new JwtService({ secret: sys.env.JWT_SECRET }).sign(
      { sub: caller.userId, name: 'test', roles: caller.roles, ...extra },
      { expiresIn: 3600 },
    );
  };

  interface Req {
    batch: string;
    token?: string;
    key?: string | null;
    body?: unknown;
    raw?: string;
    headers?: Record<string, string>;
  }

  /** One request as a side sends it; the same request id on both sides. */
  async function send(url: string, r: Req, requestId: string): Promise<Response> {
    await sys.flushMintedUsers();
    const t = request(url).post(`/api/v1/batches/${r.batch}/reservations`).set('x-request-id', requestId);
    if (r.token) t.set('authorization', `Bearer ${r.token}`);
    if (r.key !== null) t.set('idempotency-key', r.key ?? randomUUID());
    for (const [k, v] of Object.entries(r.headers ?? {})) t.set(k, v);
    if (r.raw !== undefined) return t.set('content-type', 'application/json').send(r.raw);
    return r.body === undefined ? t : t.send(r.body as object);
  }

  /** Ids differ between the sides (own batches, consumers, reservations): compared as placeholders. */
  const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
  const norm = (text: string) => text.replace(UUIDS, '<uuid>');
  const shape = (res: Response) => {
    const headers = { ...res.headers };
    delete headers.date;
    // the order the headers were written in, too
    const raw = (res as unknown as { res: { rawHeaders: string[] } }).res.rawHeaders;
    const order = raw.filter((_, i) => i % 2 === 0);
    expect(order.length).toBeGreaterThan(5);
    return { status: res.status, headers, order, body: norm(res.text ?? '') };
  };

  /** A side: its gateway, its batches, its consumers. */
  interface Side {
    url: string;
    open: { id: string; pickupPointId: string };
    small: { id: string; pickupPointId: string };
    draft: { id: string; pickupPointId: string };
    farmer: string;
  }

  async function side(url: string): Promise<Side> {
    const whenOpen = (id: string) =>
      eventually(async () => (await sys.http().get(`/api/v1/batches/${id}`)).body.status === 'open');
    const open = await givenBatch(sys, { reservableQuantity: 1000, maxQuantityPerConsumer: 3, waitlist: false });
    const small = await givenBatch(sys, { reservableQuantity: 3, maxQuantityPerConsumer: 3, waitlist: false });
    const draft = await givenBatch(sys, { ...opensInAnHour() });
    await whenOpen(open.id);
    await whenOpen(small.id);
    return { url, open, small, draft, farmer: open.farmer };
  }

  /** The scenario: each step's request built for a side, run on both sides in step. */
  type Step = [name: string, build: (s: Side) => Req];
  const pickup = (s: { pickupPointId: string }) => ({ type: 'pickup', pickupPointId: s.pickupPointId });

  let fast: Side;
  let slow: Side;
  beforeAll(async () => {
    fast = await side(sys.url);
    slow = await side(nest.url!);
  });

  it('gives the same answers, headers and bodies, on every kind of request', async () => {
    // consumers kept across steps (a replay, a second reservation of the same consumer)
    const consumers = new Map<Side, { token: string; key: string }>();
    const keep = (s: Side) => {
      if (!consumers.has(s)) consumers.set(s, { token: consumerToken(sys).token, key: randomUUID() });
      return consumers.get(s)!;
    };
    const fresh = () => consumerToken(sys).token;
    const steps: Step[] = [
      ['valid', (s) => ({ batch: s.open.id, token: fresh(), body: { quantity: 2, fulfilment: pickup(s.open) } })],
      [
        'valid, allowPartial, upper-case id',
        (s) => ({
          batch: s.open.id.toUpperCase(),
          token: fresh(),
          body: { allowPartial: true, fulfilment: pickup(s.open), quantity: 1 },
        }),
      ],
      [
        'first of a replay',
        (s) => ({ batch: s.open.id, ...keep(s), body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      [
        'replayed (same key)',
        (s) => ({ batch: s.open.id, ...keep(s), body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      [
        'same key, another body',
        (s) => ({ batch: s.open.id, ...keep(s), body: { quantity: 2, fulfilment: pickup(s.open) } }),
      ],
      [
        'over the limit per consumer',
        (s) => ({ batch: s.open.id, token: fresh(), body: { quantity: 4, fulfilment: pickup(s.open) } }),
      ],
      [
        'over the limit with an earlier reservation',
        (s) => ({ batch: s.open.id, token: keep(s).token, body: { quantity: 3, fulfilment: pickup(s.open) } }),
      ],
      ['sells out', (s) => ({ batch: s.small.id, token: fresh(), body: { quantity: 3, fulfilment: pickup(s.small) } })],
      ['sold out', (s) => ({ batch: s.small.id, token: fresh(), body: { quantity: 1, fulfilment: pickup(s.small) } })],
      ['not open', (s) => ({ batch: s.draft.id, token: fresh(), body: { quantity: 1, fulfilment: pickup(s.draft) } })],
      [
        'unknown pickup point',
        (s) => ({
          batch: s.open.id,
          token: fresh(),
          body: { quantity: 1, fulfilment: pickup({ pickupPointId: randomUUID() }) },
        }),
      ],
      [
        'unknown batch',
        (s) => ({ batch: randomUUID(), token: fresh(), body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      ['unauthenticated', (s) => ({ batch: s.open.id, body: { quantity: 1, fulfilment: pickup(s.open) } })],
      [
        'invalid token',
        (s) => ({ batch: s.open.id, token: `${fresh()}x`, body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      [
        'revoked token (older version)',
        (s) => ({
          batch: s.open.id,
          token: sign({ userId: randomUUID(), roles: ['consumer'] }, { tv: 7 }),
          body: { quantity: 1, fulfilment: pickup(s.open) },
        }),
      ],
      [
        'token of no user',
        (s) => ({
          batch: s.open.id,
          token: new JwtService({ secret: sys.env.JWT_SECRET }).sign({ sub: randomUUID(), roles: ['consumer'] }),
          body: { quantity: 1, fulfilment: pickup(s.open) },
        }),
      ],
      [
        'forbidden (a producer)',
        (s) => ({ batch: s.open.id, token: s.farmer, body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      [
        'phone not verified',
        (s) => ({
          batch: s.open.id,
          token: sign({ userId: randomUUID(), roles: ['consumer'] }, { pnv: true }),
          body: { quantity: 1, fulfilment: pickup(s.open) },
        }),
      ],
      [
        'forbidden and invalid body (the guard first)',
        (s) => ({ batch: s.open.id, token: s.farmer, body: { quantity: 0 } }),
      ],
      [
        'no Idempotency-Key',
        (s) => ({ batch: s.open.id, token: fresh(), key: null, body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      [
        'blank Idempotency-Key',
        (s) => ({ batch: s.open.id, token: fresh(), key: '   ', body: { quantity: 1, fulfilment: pickup(s.open) } }),
      ],
      [
        'Idempotency-Key too long',
        (s) => ({
          batch: s.open.id,
          token: fresh(),
          key: 'k'.repeat(201),
          body: { quantity: 1, fulfilment: pickup(s.open) },
        }),
      ],
      ['quantity 0', (s) => ({ batch: s.open.id, token: fresh(), body: { quantity: 0, fulfilment: pickup(s.open) } })],
      [
        'quantity as text',
        (s) => ({ batch: s.open.id, token: fresh(), body: { quantity: '1', fulfilment: pickup(s.open) } }),
      ],
      [
        'extra key',
        (s) => ({ batch: s.open.id, token: fresh(), body: { quantity: 1, fulfilment: pickup(s.open), price: 1 } }),
      ],
      [
        'NUL in a key',
        (s) => ({ batch: s.open.id, token: fresh(), body: { quantity: 1, fulfilment: pickup(s.open), 'a\u0000': 1 } }),
      ],
      ['not a UUID id', () => ({ batch: 'not-a-uuid', token: fresh(), body: { quantity: 1 } })],
      ['malformed JSON', (s) => ({ batch: s.open.id, token: fresh(), raw: '{"quantity": 1,' })],
      ['no body', (s) => ({ batch: s.open.id, token: fresh() })],
      [
        'delivery (Nest on both sides)',
        (s) => ({
          batch: s.open.id,
          token: fresh(),
          body: { quantity: 1, fulfilment: { type: 'delivery', address: 'หมู่ 3', provinceCode: '10' } },
        }),
      ],
      [
        'valid, compression asked',
        (s) => ({
          batch: s.open.id,
          token: fresh(),
          headers: { 'accept-encoding': 'gzip, br' },
          body: { quantity: 1, fulfilment: pickup(s.open) },
        }),
      ],
      [
        'a large refusal, compression asked',
        (s) => ({
          batch: s.open.id,
          token: fresh(),
          headers: { 'accept-encoding': 'gzip' },
          body: Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`unknownProperty${i}`, i])),
        }),
      ],
    ];
    const seen = new Set<number>();
    for (const [name, build] of steps) {
      const requestId = randomUUID();
      const a = shape(await send(fast.url, build(fast), requestId));
      const b = shape(await send(slow.url, build(slow), requestId));
      seen.add(a.status);
      expect({ step: name, ...a }).toEqual({ step: name, ...b });
      expect(a.headers['x-request-id']).toBe(requestId);
    }
    // the scenario met each kind of answer
    for (const status of [201, 400, 401, 403, 404, 409]) expect(seen).toContain(status);
  });

  it('gives the same answer to any body and path id (property, on batches not open yet: nothing is reserved)', async () => {
    const token = { fast: consumerToken(sys).token, slow: consumerToken(sys).token };
    const text = fc.oneof(fc.string(), fc.constantFrom('pickup', 'delivery', 'pick\u0000up', '\ud800'));
    const anything = fc.oneof(fc.integer(), fc.double(), text, fc.boolean(), fc.constant(null), fc.uuid());
    const fulfilment = (pickupPointId: string) =>
      fc.oneof(
        fc.record(
          {
            type: fc.oneof(fc.constant('pickup'), text),
            pickupPointId: fc.oneof(fc.constant(pickupPointId), fc.uuid(), text),
            extra: anything,
          },
          { requiredKeys: [] },
        ),
        anything,
      );
    const anyBody = (pickupPointId: string) =>
      fc.record(
        {
          quantity: fc.oneof(fc.integer({ min: -2, max: 1_000_002 }), anything),
          fulfilment: fulfilment(pickupPointId),
          allowPartial: fc.oneof(fc.boolean(), anything),
          price: anything,
          'a\u0000': anything,
        },
        { requiredKeys: [] },
      );
    // bodies the fast path takes (a valid pickup), in any key order
    const validBody = (pickupPointId: string) =>
      fc
        .record(
          {
            quantity: fc.integer({ min: 1, max: 1_000_000 }),
            fulfilment: fc.record({
              type: fc.constant('pickup'),
              pickupPointId: fc.oneof(fc.constant(pickupPointId), fc.uuid()),
            }),
            allowPartial: fc.boolean(),
          },
          { requiredKeys: ['quantity', 'fulfilment'] },
        )
        .chain((b) => fc.shuffledSubarray(Object.entries(b), { minLength: Object.keys(b).length }))
        .map((entries) => Object.fromEntries(entries));
    const body = (pickupPointId: string) => fc.oneof(validBody(pickupPointId), anyBody(pickupPointId));
    // the same draw for both sides: the pickup point and batch id of the fast side, swapped for the slow side's
    const idForm = fc.constantFrom('lower', 'upper', 'bad');
    await fc.assert(
      fc.asyncProperty(body(fast.draft.pickupPointId), idForm, async (b, form) => {
        const forSide = (s: Side): Req => {
          const json = JSON.stringify(b).replaceAll(fast.draft.pickupPointId, s.draft.pickupPointId);
          const id = form === 'bad' ? `${s.draft.id}x` : form === 'upper' ? s.draft.id.toUpperCase() : s.draft.id;
          return { batch: id, token: s === fast ? token.fast : token.slow, raw: json };
        };
        const requestId = randomUUID();
        const a = shape(await send(fast.url, forSide(fast), requestId));
        const c = shape(await send(slow.url, forSide(slow), requestId));
        expect(a).toEqual(c);
      }),
      { numRuns: 150 },
    );
  });

  // last: it stops harvest-preorder
  it('answers a service down the same (503, Retry-After, retrySafe), with and without an Idempotency-Key', async () => {
    await sys.stopApp('harvest-preorder');
    for (const key of [undefined, null]) {
      const requestId = randomUUID();
      const build = (s: Side): Req => ({
        batch: s.open.id,
        token: consumerToken(sys).token,
        ...(key === null ? { key: null } : {}),
        body: { quantity: 1, fulfilment: pickup(s.open) },
      });
      const a = shape(await send(fast.url, build(fast), requestId));
      const b = shape(await send(slow.url, build(slow), requestId));
      expect(a).toEqual(b);
      expect(a.status).toBe(key === null ? 400 : 503);
      if (key === undefined) expect(JSON.parse(a.body)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retrySafe: true });
    }
  });
});
