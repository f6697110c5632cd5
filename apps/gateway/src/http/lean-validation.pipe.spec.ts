import type { ArgumentMetadata } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { CreateBatchDto, ReservationFulfilmentDto, ReserveBodyDto } from '@app/contracts';
import { GATEWAY_VALIDATION, LeanValidationPipe } from './lean-validation.pipe.js';

const body: ArgumentMetadata = { type: 'body', metatype: ReserveBodyDto, data: undefined };

/** the full pipe, counting the values it was given */
function countedFullPipe() {
  const full = new ValidationPipe(GATEWAY_VALIDATION);
  const counted = Object.assign(Object.create(full) as ValidationPipe, {
    calls: 0,
    transform(value: unknown, meta: ArgumentMetadata) {
      counted.calls++;
      return full.transform(value, meta);
    },
  });
  return counted;
}

type Outcome =
  | { ok: true; dto: unknown; json: string }
  | { ok: false; error: string; code?: string; message: string; fields?: unknown };

/** a pipe's answer to a body, each pipe given its own parse of the same text (the full pipe may change it) */
async function outcome(pipe: { transform(v: unknown, m: ArgumentMetadata): unknown }, text: string, meta = body) {
  try {
    const dto = await pipe.transform(JSON.parse(text), meta);
    return { ok: true, dto, json: JSON.stringify(dto) } as Outcome;
  } catch (e) {
    const err = e as Error & { code?: string; fields?: unknown };
    return {
      ok: false,
      error: err.constructor.name,
      code: err.code,
      message: err.message,
      fields: err.fields,
    } as Outcome;
  }
}

const uuid = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-a-uuid', ''),
  fc.string({ maxLength: 40 }),
);
const anyJson = fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, '', 'x', [], [1], {}, { a: 1 });
const quantity = fc.oneof(
  fc.integer({ min: -2, max: 5 }),
  fc.integer({ min: 999_997, max: 1_000_003 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom<unknown>('2', -0, 1.5, 1e21, 2 ** 53, null, true, [2], { q: 2 }),
);
const address = fc.oneof(
  anyJson,
  fc.record({
    recipientName: fc.string({ maxLength: 5 }),
    phone: fc.constantFrom('0812345678', '12'),
    line1: fc.string({ maxLength: 5 }),
    provinceCode: fc.constantFrom('56', '10', 'x'),
  }),
);
const fulfilment = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        type: fc.oneof(
          fc.constantFrom<unknown>('pickup', 'pickup', 'pickup', 'delivery', 'PICKUP', 'pickup '),
          anyJson,
        ),
        pickupPointId: fc.oneof(uuid, anyJson),
        address,
        note: anyJson,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyJson },
);
const reserveBody = fc.record(
  {
    quantity,
    fulfilment,
    allowPartial: fc.oneof(fc.boolean(), anyJson),
    extra: anyJson,
  },
  { requiredKeys: [] },
);
/** more of the bodies a client sends: the three keys right, in any order */
const likelyBody = fc.record({
  quantity: fc.integer({ min: 1, max: 1_000_000 }),
  fulfilment: fc.record({ type: fc.constant('pickup'), pickupPointId: fc.uuid() }),
  allowPartial: fc.option(fc.boolean(), { nil: undefined }),
});
/** keys the full pipe strips or class-transformer skips (a body that passes with them is the full pipe's to pass) */
const oddKey = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('"__proto__":{"x":1},', '"constructor":{},', '"toString":1,', '"prototype":1,'),
  },
);

const text = fc
  .tuple(fc.oneof(reserveBody, likelyBody), fc.boolean(), fc.boolean(), oddKey)
  .map(([value, reverseTop, reverseFulfilment, odd]) => {
    const v = value as Record<string, unknown>;
    const reorder = (o: Record<string, unknown>, reverse: boolean) =>
      reverse ? Object.fromEntries(Object.entries(o).reverse()) : o;
    const f = v.fulfilment;
    const top = reorder(
      {
        ...v,
        ...(f && typeof f === 'object' && !Array.isArray(f)
          ? { fulfilment: reorder(f as Record<string, unknown>, reverseFulfilment) }
          : {}),
      },
      reverseTop,
    );
    const json = JSON.stringify(top);
    return odd && json.startsWith('{') && json !== '{}' ? `{${odd}${json.slice(1)}` : json;
  });

describe('LeanValidationPipe: the full ValidationPipe, with an exact fast path for ReserveBodyDto', () => {
  it('gives the same DTO or the same error as the full pipe for any reservation body', async () => {
    const full = new ValidationPipe(GATEWAY_VALIDATION);
    const counted = countedFullPipe();
    const lean = new LeanValidationPipe(counted);
    let fast = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const before = await outcome(full, t);
        const calls = counted.calls;
        const after = await outcome(lean, t);
        expect(after).toStrictEqual(before);
        if (after.ok) {
          accepted++;
          const dto = after.dto as ReserveBodyDto;
          expect(dto).toBeInstanceOf(ReserveBodyDto);
          expect(dto.fulfilment).toBeInstanceOf(ReservationFulfilmentDto);
        }
        if (counted.calls === calls) {
          fast++;
          expect(after.ok).toBe(true); // the fast path never refuses: every refusal is the full pipe's
        }
      }),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(fast); // some valid bodies (a delivery, a null) took the full pipe
  });

  it('leaves every other value to the full pipe', async () => {
    const counted = countedFullPipe();
    const lean = new LeanValidationPipe(counted);
    const valid =
      '{"quantity":2,"fulfilment":{"type":"pickup","pickupPointId":"0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b11"}}';
    const full = new ValidationPipe(GATEWAY_VALIDATION);
    for (const meta of [
      { type: 'query', metatype: ReserveBodyDto, data: undefined },
      { type: 'body', metatype: CreateBatchDto, data: undefined },
      { type: 'param', metatype: String, data: 'id' },
      { type: 'custom', metatype: undefined, data: undefined },
    ] as ArgumentMetadata[]) {
      const calls = counted.calls;
      expect(await outcome(lean, valid, meta)).toStrictEqual(await outcome(full, valid, meta));
      expect(counted.calls).toBe(calls + 1);
    }
  });

  it('the rules of ReserveBodyDto and ReservationFulfilmentDto are those the fast check was written for', () => {
    // a change to either class (libs/contracts) fails here: make reserveBody (lean-validation.pipe.ts) follow it
    const source = (_: string, v: unknown) => (typeof v === 'function' ? String(v).replace(/\s+/g, ' ') : v);
    const rules = (cls: new () => object) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(cls, '', false, false)
        // IsOptional's condition is class-validator's own code: its name is enough
        .map((m) =>
          m.name === 'isOptional'
            ? `${m.propertyName} isOptional`
            : `${m.propertyName} ${m.name ?? m.type} ${JSON.stringify(m.constraints ?? [], source)}${m.each ? ' each' : ''}`,
        )
        .sort();
    expect(rules(ReserveBodyDto)).toEqual([
      'allowPartial isBoolean []',
      'allowPartial isOptional',
      'fulfilment isDefined []',
      'fulfilment isObject []',
      'fulfilment nestedValidation []',
      'quantity isInt []',
      'quantity max [1000000]',
      'quantity min [1]',
    ]);
    expect(rules(ReservationFulfilmentDto)).toEqual([
      'address conditionalValidation ["(o) => o.type === \'delivery\'"]',
      'address isDefined []',
      'address isObject []',
      'address nestedValidation []',
      'pickupPointId conditionalValidation ["(o) => o.type === \'pickup\'"]',
      'pickupPointId isDefined []',
      'pickupPointId isUuid [null]',
      'type isIn [["pickup","delivery"]]',
    ]);
  });
});
