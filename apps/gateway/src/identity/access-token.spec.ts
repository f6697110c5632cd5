import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenVerifier } from './access-token.js';

// The gateway's key as gateway.module.ts builds it, and a key that is not it
const key = createSecretKey(Buffer.from('k'.repeat(32) + 'the-gateway-secret', 'utf8'));
const otherKey = createSecretKey(Buffer.from('k'.repeat(32) + 'another-secret', 'utf8'));
const reference = new JwtService({ secret: key });
const verifier = new AccessTokenVerifier(key);

type Outcome = { ok: true; claims: unknown } | { ok: false; error: string; name: string; message: string; at?: number };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, claims: await run() };
  } catch (e) {
    const err = e as Error & { date?: Date; expiredAt?: Date };
    const at = (err.date ?? err.expiredAt)?.getTime();
    return {
      ok: false,
      error: err.constructor.name,
      name: err.name,
      message: err.message,
      ...(at === undefined ? {} : { at }),
    };
  }
}

/** jsonwebtoken through @nestjs/jwt, as the guard called it until now, and the new verifier, at the same second */
async function bothAt(token: string, now: number) {
  const before = await outcome(() => reference.verifyAsync(token, { clockTimestamp: now }));
  const after = await outcome(() => verifier.verify(token, now));
  return { before, after };
}

const b64url = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding).toString('base64url');
const hmac = (hash: string, k: KeyObject, input: string) => createHmac(hash, k).update(input).digest('base64url');

const now = fc.integer({ min: 1_600_000_000, max: 2_000_000_000 });
/** any second, or one near the real clock (where tokens signed now expire or become valid) */
const aroundNow = fc.oneof(
  now,
  fc.integer({ min: -8000, max: 8000 }).map((d) => Math.floor(Date.now() / 1000) + d),
);
/** exp / nbf / iat: around the second of the check (the boundaries), far from it, or not a number */
const timeClaim = (t: number) =>
  fc.oneof(
    fc.integer({ min: -3, max: 3 }).map((d) => t + d),
    fc.integer({ min: -100_000, max: 100_000 }).map((d) => t + d),
    fc.double({ min: t - 5, max: t + 5, noNaN: true }),
    fc.constantFrom<unknown>('1', null, true, [], {}, 0, 1e300),
  );
const claims = (t: number) =>
  fc.record(
    {
      sub: fc.uuid(),
      name: fc.string({ unit: 'grapheme', maxLength: 20 }),
      roles: fc.array(fc.constantFrom('consumer', 'producer', 'lao_admin', 'dla_admin'), { maxLength: 2 }),
      laoCode: fc.string({ maxLength: 6 }),
      tv: fc.nat(),
      pnv: fc.constant(true),
      exp: timeClaim(t),
      nbf: timeClaim(t),
      iat: timeClaim(t),
    },
    { requiredKeys: ['sub', 'name', 'roles'] },
  );

const ALGS = ['HS256', 'HS384', 'HS512', 'none', 'None', 'NONE', 'RS256', 'ES256', 'PS256', 'hs256', 'HS256 ', ''];
const HASHES: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/** A header: mostly well formed with any alg and typ, sometimes JSON that is not an object, or not JSON */
const headerText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record(
        {
          alg: fc.oneof(fc.constantFrom<unknown>(...ALGS), fc.string()),
          typ: fc.constantFrom<unknown>('JWT', 'jwt', undefined, 'JOSE', 1),
          kid: fc.option(fc.string(), { nil: undefined }),
        },
        { requiredKeys: ['alg'] },
      )
      .map((h) => JSON.stringify(h)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1',
      '0',
      'null',
      'true',
      'false',
      '"HS256"',
      '""',
      '[]',
      '{}',
      'not json',
      '{"alg":"HS256"',
      '{"alg":"HS256","typ":"JWT"} ',
    ),
  },
);
/** A payload: the claims, or JSON that is not an object, claims encoded twice, or not JSON */
const payloadText = (t: number) =>
  fc.oneof(
    { weight: 6, arbitrary: claims(t).map((c) => JSON.stringify(c)) },
    { weight: 1, arbitrary: claims(t).map((c) => JSON.stringify(JSON.stringify(c))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('null', '123', '"text"', '[]', '[1]', 'true', '{}', 'not json', '{"sub":', ''),
    },
  );
/** How the token is signed: right key and the header's alg (or HS256), wrong key, another alg, none, random */
const signing = fc.constantFrom('right', 'right', 'right', 'wrong-key', 'other-alg', 'empty', 'random');
/** What happens to the token afterwards */
const mutation = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const),
      at: fc.nat(),
      char: fc.constantFrom('a', 'B', '0', '-', '_', '.', '=', '+', '/', ' ', '\n', 'é'),
    }),
  },
);

function craft(header: string, payload: string, how: string, random: string, headerEncoding: BufferEncoding) {
  const input = `${b64url(header, headerEncoding)}.${b64url(payload)}`;
  let alg: unknown;
  try {
    alg = (JSON.parse(header) as { alg?: unknown } | null)?.alg;
  } catch {
    alg = undefined;
  }
  const hash = typeof alg === 'string' && Object.hasOwn(HASHES, alg) ? HASHES[alg] : 'sha256';
  switch (how) {
    case 'right':
      return `${input}.${hmac(hash, key, input)}`;
    case 'wrong-key':
      return `${input}.${hmac(hash, otherKey, input)}`;
    case 'other-alg':
      return `${input}.${hmac(hash === 'sha256' ? 'sha512' : 'sha256', key, input)}`;
    case 'empty':
      return `${input}.`;
    default:
      return `${input}.${random}`;
  }
}

function mutate(
  token: string,
  m: { kind: 'none' } | { kind: 'replace' | 'insert' | 'delete'; at: number; char: string },
) {
  if (m.kind === 'none' || token.length === 0) return token;
  const i = m.at % token.length;
  if (m.kind === 'insert') return token.slice(0, i) + m.char + token.slice(i);
  if (m.kind === 'delete') return token.slice(0, i) + token.slice(i + 1);
  return token.slice(0, i) + m.char + token.slice(i + 1);
}

describe('AccessTokenVerifier: the same outcome as jsonwebtoken.verify for the same token', () => {
  it('tokens signed as the gateway signs them (valid, expired, not yet valid; HS256/384/512; right or wrong key)', async () => {
    const seen = { accepted: 0, expired: 0, notActive: 0, badSignature: 0 };
    await fc.assert(
      fc.asyncProperty(
        aroundNow,
        claims(1_800_000_000),
        fc.integer({ min: -7200, max: 7200 }),
        fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
        fc.constantFrom('HS256', 'HS256', 'HS384', 'HS512'),
        fc.boolean(),
        async (t, c, expiresIn, notBefore, algorithm, rightKey) => {
          // the gateway's own claims: exp and iat come from jsonwebtoken at signing time
          const body = { sub: c.sub, name: c.name, roles: c.roles, tv: c.tv ?? 0, ...(c.pnv ? { pnv: c.pnv } : {}) };
          const signer = rightKey ? reference : new JwtService({ secret: otherKey });
          const token = signer.sign(body, {
            algorithm: algorithm as 'HS256',
            expiresIn,
            ...(notBefore === undefined ? {} : { notBefore }),
          });
          const { before, after } = await bothAt(token, t);
          expect(after).toStrictEqual(before);
          if (after.ok) seen.accepted++;
          else if (after.message === 'jwt expired') seen.expired++;
          else if (after.message === 'jwt not active') seen.notActive++;
          else if (after.message === 'invalid signature') seen.badSignature++;
          // tokens signed now, checked now
          const fresh = await bothAt(token, Math.floor(Date.now() / 1000));
          expect(fresh.after).toStrictEqual(fresh.before);
        },
      ),
      { numRuns: 1500 },
    );
    // every kind of outcome was met, so the comparison covered them
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
  });

  it('crafted tokens: any header and alg (none, RS256, …), payloads that are not claims, tampered, malformed', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        now.chain((t) =>
          fc.tuple(
            fc.constant(t),
            headerText,
            payloadText(t),
            signing,
            fc.stringMatching(/^[A-Za-z0-9_-]{0,90}$/),
            fc.constantFrom<BufferEncoding>('utf8', 'latin1'),
            mutation,
          ),
        ),
        async ([t, header, payload, how, random, headerEncoding, m]) => {
          const token = mutate(craft(header, payload, how, random, headerEncoding), m);
          const { before, after } = await bothAt(token, t);
          expect(after).toStrictEqual(before);
          const kind = after.ok ? 'accepted' : after.message;
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
        },
      ),
      { numRuns: 6000 },
    );
    const kinds = [
      'accepted',
      'jwt malformed',
      'invalid token',
      'jwt signature is required',
      'invalid algorithm',
      'invalid signature',
      'jwt expired',
      'jwt not active',
      'invalid exp value',
      'invalid nbf value',
    ];
    // every kind of outcome was met, so the comparison covered them
    expect(kinds.filter((kind) => !seen.get(kind))).toEqual([]);
    const main = ['accepted', 'invalid algorithm', 'invalid signature', 'jwt expired', 'jwt malformed'];
    expect(main.filter((kind) => (seen.get(kind) ?? 0) <= 10)).toEqual([]);
  });

  it.each([
    ['no token', ''],
    ['two parts', 'a.b'],
    ['four parts', 'a.b.c.d'],
    ['alg none, unsigned', `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url('{"sub":"x"}')}.`],
    [
      'alg none, signed',
      `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url('{"sub":"x"}')}.${hmac('sha256', key, 'x')}`,
    ],
    ['padding in the signature', `${craft('{"alg":"HS256","typ":"JWT"}', '{"sub":"x"}', 'right', '', 'utf8')}=`],
    ['typ JWT, payload not JSON', craft('{"alg":"HS256","typ":"JWT"}', 'not json', 'right', '', 'utf8')],
    ['payload null', craft('{"alg":"HS256","typ":"JWT"}', 'null', 'right', '', 'utf8')],
    ['payload a string', craft('{"alg":"HS256"}', 'not json', 'right', '', 'utf8')],
    ['claims encoded twice', craft('{"alg":"HS256","typ":"JWT"}', JSON.stringify('{"sub":"x"}'), 'right', '', 'utf8')],
    ['alg __proto__', craft('{"alg":"__proto__"}', '{"sub":"x"}', 'right', '', 'utf8')],
  ])('%s', async (_, token) => {
    const { before, after } = await bothAt(token, 1_800_000_000);
    expect(after).toStrictEqual(before);
  });

  it('the non-canonical spellings of a right signature (last character) are refused by both', async () => {
    const token = craft('{"alg":"HS256","typ":"JWT"}', '{"sub":"x"}', 'right', '', 'utf8');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const c of alphabet) {
      const { before, after } = await bothAt(token.slice(0, -1) + c, 1_800_000_000);
      expect(after).toStrictEqual(before);
      expect(after.ok).toBe(token.endsWith(c));
    }
  });
});
