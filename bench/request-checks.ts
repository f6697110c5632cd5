/**
 * `node dist/bench/request-checks.js` (after `npm run -s build`) — CPU µs per call of the two per-request checks
 * of the gateway that issue 14 made lean, the old way and the new way side by side in one process:
 * - the access token: jsonwebtoken.verify through @nestjs/jwt's verifyAsync (the auth guard until now) vs
 *   AccessTokenVerifier.verify (node:crypto), on a token as the gateway signs it;
 * - the reservation body: Nest's ValidationPipe (class-transformer + class-validator) vs LeanValidationPipe.
 * CPU time of the process (process.cpuUsage: user + system, GC included) over many calls, in alternated rounds;
 * the median round is printed. A micro-benchmark: the share of a real request is read from a CPU profile of
 * bench:live-sale (BENCH_PROFILE=gateway).
 */
import { createSecretKey, randomUUID } from 'node:crypto';
import type { ArgumentMetadata } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ReserveBodyDto } from '@app/contracts';
import { AccessTokenVerifier } from '../apps/gateway/src/identity/access-token.js';
import { GATEWAY_VALIDATION, LeanValidationPipe } from '../apps/gateway/src/http/lean-validation.pipe.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

/** CPU µs per call of `run`, awaited one after the other as in a request */
async function cpuPerCall(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / CALLS;
}

async function compare(what: string, before: () => unknown, after: () => unknown) {
  await cpuPerCall(before); // warm both up
  await cpuPerCall(after);
  const b: number[] = [];
  const a: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    b.push(await cpuPerCall(before));
    a.push(await cpuPerCall(after));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const [mb, ma] = [median(b), median(a)];
  console.log(
    `${what}: ${mb.toFixed(2)} → ${ma.toFixed(2)} µs CPU per call (${(mb / ma).toFixed(1)}×; rounds ${b.map((x) => x.toFixed(1)).join('/')} → ${a.map((x) => x.toFixed(1)).join('/')})`,
  );
}

async function main() {
  const key = createSecretKey(Buffer.from('bench-secret-'.padEnd(64, 'x'), 'utf8'));
  const jwt = new JwtService({ secret: key });
  // as IdentityService signs a consumer's token
  const token = jwt.sign(
    { sub: randomUUID(), name: 'ผู้ซื้อ ทดสอบ', roles: ['consumer'], tv: 0 },
    { expiresIn: 12 * 3600 },
  );
  const verifier = new AccessTokenVerifier(key);
  await compare(
    'access token',
    () => jwt.verifyAsync(token),
    () => verifier.verify(token),
  );

  const meta: ArgumentMetadata = { type: 'body', metatype: ReserveBodyDto, data: undefined };
  const text = JSON.stringify({
    quantity: 2,
    fulfilment: { type: 'pickup', pickupPointId: randomUUID() },
    allowPartial: true,
  });
  // parsed once, as the request's body is before the pipes (a valid body is not changed by either pipe)
  const parsed: unknown = JSON.parse(text);
  const full = new ValidationPipe(GATEWAY_VALIDATION);
  const lean = new LeanValidationPipe();
  await compare(
    'reservation body',
    () => full.transform(parsed, meta),
    () => lean.transform(parsed, meta),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
