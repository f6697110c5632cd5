import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import {
  DeliveryAddressDto,
  MAX_ORDER_TOTAL_SATANG,
  MAX_QUANTITY,
  PRODUCER_KINDS,
  PRODUCT_CATEGORIES,
  PRODUCT_UNITS,
} from '@app/contracts';
import { validatePayload } from '@app/messaging';
import { FulfilmentDto, OpenOrderDto, OpenOrdersDto } from './open-orders.dto.js';
import { FAST_CHECK_PATTERNS, leanOpenOrders, validateOpenOrders } from './open-orders.validation.js';

type Outcome =
  | { ok: true; dto: unknown; json: string }
  | { ok: false; error: string; code?: string; message: string; fields?: unknown };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    const dto = await run();
    return { ok: true, dto, json: JSON.stringify(dto) };
  } catch (e) {
    const err = e as Error & { code?: string; fields?: unknown };
    return { ok: false, error: err.constructor.name, code: err.code, message: err.message, fields: err.fields };
  }
}

/** what EnvelopePipe did with OpenOrdersDto before the fast path */
const full = (data: unknown) => outcome(() => validatePayload(OpenOrdersDto, data ?? {}));

const anyJson = fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, '', 'x', [], [1], {}, { a: 1 });
/** mostly a valid value, now and then one of `odd` (so that a group of orders is valid often enough) */
const mostly = (valid: fc.Arbitrary<unknown>, ...odd: unknown[]) =>
  fc.oneof({ weight: 60, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...odd, ...[null, 1, 'x', {}]) });
const uuid = mostly(
  fc.oneof(
    { weight: 8, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
    },
  ),
  '0b6bd0f48a4e4bf49f573c2f4c0f1b11',
  '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b1',
  '',
);
/** texts around a limit: class-validator counts a surrogate pair once (and drops U+FE0F) in its length */
const textAround = (most: number) =>
  mostly(
    fc.oneof(
      { weight: 8, arbitrary: fc.string({ maxLength: Math.min(most, 12) }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('', 'a'.repeat(most), '😀'.repeat(most), `${'a'.repeat(most)}\uFE0F`, 'ตลาด'),
      },
    ),
    'a'.repeat(most + 1),
    '😀'.repeat(most + 1),
    `${'a'.repeat(most + 1)}\uFE0F`,
  );
const whole = (lo: number, hi: number) =>
  mostly(
    fc.oneof(fc.integer({ min: lo, max: Math.min(hi, lo + 1000) }), fc.constantFrom(lo, hi)),
    lo - 1,
    hi + 1,
    -0,
    1.5,
    '1',
    2 ** 53,
    1e21,
  );
const digits = (n: number) =>
  mostly(
    fc.stringMatching(new RegExp(`^\\d{${n}}$`)),
    '1'.repeat(n + 1),
    '1'.repeat(n - 1),
    'x'.repeat(n),
    12,
    '٣'.repeat(n),
    `${'1'.repeat(n)}\n`,
  );
const iso = mostly(
  fc.date({ noInvalidDate: true, min: new Date(1000, 0), max: new Date(9000, 0) }).map((d) => d.toISOString()),
  '2026-12-04',
  '2026-12-04T11:10:49+07:00',
  '2026-13-04T00:00:00Z',
  '2026-W49-5',
  'yesterday',
  0,
);
const pickup = fc.record(
  { type: fc.constant('pickup'), pickupPointId: uuid, pickupPointName: fc.oneof(textAround(200), fc.constant(null)) },
  { requiredKeys: ['type', 'pickupPointId'] },
);
const addressRecord = fc.record(
  {
    line1: textAround(300),
    subdistrict: fc.oneof(textAround(100), fc.constant(null)),
    districtCode: digits(4),
    provinceCode: digits(2),
    postalCode: digits(5),
    phone: mostly(
      fc.oneof(fc.constantFrom('0812345678', '021234567'), fc.stringMatching(/^0\d{8,9}$/)),
      '0812',
      '+66812345678',
    ),
  },
  { requiredKeys: ['line1', 'districtCode', 'provinceCode', 'postalCode', 'phone'] },
);
const delivery = fc.record({ type: fc.constant('delivery'), address: addressRecord });
const fulfilment = fc.oneof(
  { weight: 40, arbitrary: pickup },
  { weight: 20, arbitrary: delivery },
  { weight: 1, arbitrary: anyJson },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constantFrom<unknown>('pickup', 'delivery', 'PICKUP', null),
        pickupPointId: uuid,
        address: addressRecord,
      },
      { requiredKeys: [] },
    ),
  },
);

const order = fc.record(
  {
    orderId: uuid,
    reservationId: fc.oneof(uuid, fc.constant(null)),
    batchId: uuid,
    productId: uuid,
    productName: textAround(200),
    category: mostly(fc.constantFrom(...PRODUCT_CATEGORIES), 'Fruit', ''),
    unit: mostly(fc.constantFrom(...PRODUCT_UNITS), 'ton'),
    producerId: uuid,
    producerKind: mostly(fc.constantFrom(...PRODUCER_KINDS), 'company'),
    producerMemberCount: whole(1, 1_000_000),
    promptPayId: textAround(20),
    laoCode: digits(7),
    districtCode: digits(4),
    provinceCode: digits(2),
    consumerId: uuid,
    quantity: whole(1, MAX_QUANTITY),
    unitPriceSatang: whole(0, MAX_ORDER_TOTAL_SATANG),
    deliveryFeeSatang: whole(0, MAX_ORDER_TOTAL_SATANG),
    depositPercent: whole(0, 100),
    fulfilment,
    reservedAt: iso,
  },
  // reservationId may be absent (a missing required key comes from mutate below)
  {
    requiredKeys: [
      'orderId',
      'batchId',
      'productId',
      'productName',
      'category',
      'unit',
      'producerId',
      'producerKind',
      'producerMemberCount',
      'promptPayId',
      'laoCode',
      'districtCode',
      'provinceCode',
      'consumerId',
      'quantity',
      'unitPriceSatang',
      'deliveryFeeSatang',
      'depositPercent',
      'fulfilment',
      'reservedAt',
    ],
  },
);

/** a value made odd: a key removed, replaced by any value, or added; nested objects too */
function mutate(v: unknown, path: number[], replacement: unknown, how: number): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const entries = Object.entries(v);
  if (!entries.length) return v;
  const i = path[0] % entries.length;
  if (path.length > 1 && typeof entries[i][1] === 'object' && entries[i][1] !== null) {
    const copy = Array.isArray(v) ? [...v] : { ...v };
    (copy as Record<string, unknown>)[entries[i][0]] = mutate(entries[i][1], path.slice(1), replacement, how);
    return copy;
  }
  if (Array.isArray(v)) return how === 0 ? v.filter((_, j) => j !== i) : [...v, replacement];
  const copy: Record<string, unknown> = { ...v };
  if (how === 0) delete copy[entries[i][0]];
  else if (how === 1) copy[entries[i][0]] = replacement;
  else
    copy[['extra', 'address', 'pickupPointId', 'type', 'reservationId', '__proto__', 'toString'][path[0] % 7]] =
      replacement;
  return copy;
}

const orders = fc.oneof(
  { weight: 12, arbitrary: fc.array(order, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], null, {}, 'x') },
);
const payload = fc
  .tuple(
    orders,
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 2,
        arbitrary: fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), anyJson, fc.nat({ max: 2 })),
      },
    ),
    fc.boolean(),
  )
  .map(([list, odd, reverse]) => {
    let value: unknown = { orders: list };
    if (odd) value = mutate(value, [0, ...odd[0]], odd[1], odd[2]);
    const text = JSON.stringify(value, (_, x: unknown) =>
      reverse && x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
    );
    return text;
  });

describe('leanOpenOrders: the validation of order.orders.open, with an exact fast path', () => {
  it('gives the same DTO as the full validation whenever it accepts, and never refuses by itself', async () => {
    let fast = 0;
    let acceptedByFull = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payload, async (text) => {
        const before = await full(JSON.parse(text));
        const lean = leanOpenOrders(JSON.parse(text));
        const after = await outcome(() => validateOpenOrders(JSON.parse(text)));
        expect(after).toStrictEqual(before);
        if (before.ok) acceptedByFull++;
        else refused++;
        if (lean) {
          fast++;
          expect(before.ok).toBe(true);
          expect(await outcome(() => lean)).toStrictEqual(before);
          const dto = lean as OpenOrdersDto;
          expect(dto).toBeInstanceOf(OpenOrdersDto);
          for (const o of dto.orders) {
            expect(o).toBeInstanceOf(OpenOrderDto);
            expect(o.fulfilment).toBeInstanceOf(FulfilmentDto);
            if (o.fulfilment.address) expect(o.fulfilment.address).toBeInstanceOf(DeliveryAddressDto);
          }
        }
      }),
      { numRuns: 6000 },
    );
    // about 30 % fast, 1 % valid by the full path only, the rest refused (a run of 6000: 1789 · 1859 · 4141)
    expect(fast).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
    expect(acceptedByFull).toBeGreaterThan(fast); // some valid payloads (an order's key odd but allowed) took the full path
  });

  it('accepts the payloads harvest-preorder sends (pickup and delivery orders) by itself', async () => {
    const valid = fc.record({
      orders: fc.array(
        fc.record({
          orderId: fc.uuid(),
          reservationId: fc.oneof(fc.uuid(), fc.constant(null)),
          batchId: fc.uuid(),
          productId: fc.uuid(),
          productName: fc.string({ minLength: 1, maxLength: 100 }),
          category: fc.constant('fruit'),
          unit: fc.constant('kg'),
          producerId: fc.uuid(),
          producerKind: fc.constant('farmer'),
          producerMemberCount: fc.integer({ min: 1, max: 1000 }),
          promptPayId: fc.constant('0812345678'),
          laoCode: fc.constant('4560501'),
          districtCode: fc.constant('5605'),
          provinceCode: fc.constant('56'),
          consumerId: fc.uuid(),
          quantity: fc.integer({ min: 1, max: 1000 }),
          unitPriceSatang: fc.integer({ min: 0, max: 1_000_000 }),
          deliveryFeeSatang: fc.integer({ min: 0, max: 10_000 }),
          depositPercent: fc.integer({ min: 0, max: 100 }),
          fulfilment: fc.oneof(
            fc.record({ type: fc.constant('pickup'), pickupPointId: fc.uuid(), pickupPointName: fc.string() }),
            fc.record({
              type: fc.constant('delivery'),
              address: fc.record(
                {
                  line1: fc.string({ minLength: 1, maxLength: 50 }),
                  subdistrict: fc.string({ maxLength: 20 }),
                  districtCode: fc.constant('5605'),
                  provinceCode: fc.constant('56'),
                  postalCode: fc.constant('56120'),
                  phone: fc.constant('0812345678'),
                },
                { requiredKeys: ['line1', 'districtCode', 'provinceCode', 'postalCode', 'phone'] },
              ),
            }),
          ),
          reservedAt: fc
            .date({ noInvalidDate: true, min: new Date(2020, 0), max: new Date(2040, 0) })
            .map((d) => d.toISOString()),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(valid, async (v) => {
        const text = JSON.stringify(v);
        const lean = leanOpenOrders(JSON.parse(text));
        expect(lean).toBeDefined();
        expect(await outcome(() => lean)).toStrictEqual(await full(JSON.parse(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves the limits of the list to the full validation: 1000 orders pass, 1001 are refused', async () => {
    const one = {
      orderId: '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b11',
      reservationId: null,
      batchId: '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b12',
      productId: '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b13',
      productName: 'ลำไย',
      category: 'fruit',
      unit: 'kg',
      producerId: '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b14',
      producerKind: 'farmer',
      producerMemberCount: 1,
      promptPayId: '0812345678',
      laoCode: '4560501',
      districtCode: '5605',
      provinceCode: '56',
      consumerId: '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b15',
      quantity: 1,
      unitPriceSatang: 100,
      deliveryFeeSatang: 0,
      depositPercent: 30,
      fulfilment: { type: 'pickup', pickupPointId: '0b6bd0f4-8a4e-4bf4-9f57-3c2f4c0f1b16' },
      reservedAt: '2026-12-04T04:10:49.123Z',
    };
    for (const n of [1000, 1001]) {
      const text = JSON.stringify({ orders: Array.from({ length: n }, () => one) });
      const before = await full(JSON.parse(text));
      expect(await outcome(() => validateOpenOrders(JSON.parse(text)))).toStrictEqual(before);
      expect(before.ok).toBe(n === 1000);
      expect(leanOpenOrders(JSON.parse(text)) !== undefined).toBe(n === 1000);
    }
    for (const data of [undefined, null, [], 'x', {}]) {
      expect(await outcome(() => validateOpenOrders(data))).toStrictEqual(await full(data));
    }
  });

  it('the rules of the classes are those the fast check was written for', () => {
    // a change to any of these classes fails here: make open-orders.validation.ts follow it
    const source = (_: string, v: unknown) =>
      typeof v === 'function' ? String(v).replace(/\s+/g, ' ') : v instanceof RegExp ? String(v) : v;
    const rules = (cls: new () => object) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(cls, '', false, false)
        .map((m) =>
          m.name === 'isOptional'
            ? `${m.propertyName} isOptional`
            : `${m.propertyName} ${m.name ?? m.type} ${JSON.stringify(m.constraints ?? [], source)}${m.each ? ' each' : ''}`,
        )
        .sort();
    const p = FAST_CHECK_PATTERNS;
    expect(rules(OpenOrdersDto)).toEqual([
      'orders arrayMaxSize [1000]',
      'orders arrayMinSize [1]',
      'orders nestedValidation [] each',
    ]);
    expect(rules(OpenOrderDto)).toEqual(
      [
        'batchId isUuid [null]',
        `category isIn [${JSON.stringify(PRODUCT_CATEGORIES)}]`,
        'consumerId isUuid [null]',
        'deliveryFeeSatang isInt []',
        'deliveryFeeSatang max [100000000000]',
        'deliveryFeeSatang min [0]',
        'depositPercent isInt []',
        'depositPercent max [100]',
        'depositPercent min [0]',
        `districtCode matches [${JSON.stringify(String(p.OpenOrderDto.districtCode))},null]`,
        'fulfilment isDefined []',
        'fulfilment isObject []',
        'fulfilment nestedValidation []',
        `laoCode matches [${JSON.stringify(String(p.OpenOrderDto.laoCode))},null]`,
        'orderId isUuid [null]',
        'producerId isUuid [null]',
        `producerKind isIn [${JSON.stringify(PRODUCER_KINDS)}]`,
        'producerMemberCount isInt []',
        'producerMemberCount max [1000000]',
        'producerMemberCount min [1]',
        'productId isUuid [null]',
        'productName isString []',
        'productName maxLength [200]',
        'promptPayId isString []',
        'promptPayId maxLength [20]',
        `provinceCode matches [${JSON.stringify(String(p.OpenOrderDto.provinceCode))},null]`,
        'quantity isInt []',
        'quantity max [10000000]',
        'quantity min [1]',
        'reservationId isOptional',
        'reservationId isUuid [null]',
        'reservedAt isIso8601 [null]',
        `unit isIn [${JSON.stringify(PRODUCT_UNITS)}]`,
        'unitPriceSatang isInt []',
        'unitPriceSatang max [100000000000]',
        'unitPriceSatang min [0]',
      ].sort(),
    );
    expect(rules(FulfilmentDto)).toEqual([
      'address conditionalValidation ["(o) => o.type === \'delivery\'"]',
      'address isDefined []',
      'address isObject []',
      'address nestedValidation []',
      'pickupPointId conditionalValidation ["(o) => o.type === \'pickup\'"]',
      'pickupPointId isDefined []',
      'pickupPointId isUuid [null]',
      'pickupPointName isOptional',
      'pickupPointName isString []',
      'pickupPointName maxLength [200]',
      'type isIn [["pickup","delivery"]]',
    ]);
    expect(rules(DeliveryAddressDto)).toEqual(
      [
        `districtCode matches [${JSON.stringify(String(p.DeliveryAddressDto.districtCode))},null]`,
        'line1 isString []',
        'line1 maxLength [300]',
        'line1 minLength [1]',
        `phone matches [${JSON.stringify(String(p.DeliveryAddressDto.phone))},null]`,
        `postalCode matches [${JSON.stringify(String(p.DeliveryAddressDto.postalCode))},null]`,
        `provinceCode matches [${JSON.stringify(String(p.DeliveryAddressDto.provinceCode))},null]`,
        'subdistrict isOptional',
        'subdistrict isString []',
        'subdistrict maxLength [100]',
      ].sort(),
    );
  });
});
