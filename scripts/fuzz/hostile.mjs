// Hostile values: fixed lists (every run sends each of them somewhere) and fast-check arbitraries drawing
// from the same families for the random cases.
import fc from 'fast-check';

export const NUMBER_EDGES = [
  0,
  -1,
  1.5,
  0.1,
  -0.0001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  1e308,
  -1e308,
  5e-324,
  'NaN',
  'Infinity',
  '1',
  '1e3',
];
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'ลำไยอบแห้ง 🍊👨‍👩‍👧',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '🍊'.repeat(2000),
  'ก'.repeat(10_000),
  '\u202e\u0e01\u0e34\u0e4d\u0e4d\u0e4d',
  "' OR 1=1 --",
  '{{7*7}}${7*7}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  'NaN',
  '-1',
  '2147483648',
  '1e308',
  'null',
  'true',
  '2026-02-30T25:61:00Z',
  '9999-12-31',
  '0000-00-00',
  'javascript:alert(1)',
  'https://' + 'a'.repeat(3000) + '.example',
  '\r\n\tX-Injected: 1',
  '\ufeff\u200b',
];
/** Values of a different JSON type than a field wants (and a nested empty array: `[[]]`). */
export const WRONG_TYPES = [null, true, 123, 'text', [], [[]], {}, { $gt: '' }, ['a', 1, null], [{}], 1.5, -1];

const UUID = 'b3f7c2a0-5d1e-4c8b-9f2a-7e6d5c4b3a21';
/** Path ids in every bad form; `{valid}` is replaced by the seeded id (upper-cased, padded…). */
export const BAD_IDS = [
  (v) => v.toUpperCase(),
  (v) => `${v.slice(0, 8).toUpperCase()}${v.slice(8)}`,
  (v) => `%20${v}`,
  (v) => `${v}%0A`,
  (v) => `{${v}}`,
  (v) => v.replace(/-/g, ''),
  () => '00000000-0000-0000-0000-000000000000',
  () => UUID,
  () => 'not-a-uuid',
  () => '..%2F..%2F..%2Fetc%2Fpasswd',
  () => '..',
  () => '%2e%2e',
  () => '%00',
  () => '%ED%A0%80',
  () => '%FF%FE',
  () => encodeURIComponent('ลำไย🍊'),
  () => '2147483648',
  () => '-1',
  () => '1e308',
  () => 'NaN',
  () => '1.5',
  () => 'a'.repeat(5000),
  () => '%27%20OR%201%3D1--',
];

const NUL_SURROGATE = fc.constantFrom('\u0000', '\ud800', '\udc00', '\ud83c', '\uffff', '\u0008');
const thai = fc.string({
  unit: fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const emoji = fc.constantFrom('🍊', '🇹🇭', '👨‍👩‍👧', '🏳️‍🌈', '\u{1f600}');

export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  thai,
  fc.array(fc.oneof(thai, emoji, NUL_SURROGATE, fc.string({ maxLength: 5 })), { maxLength: 8 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 300, max: 70_000 }).map((n) => 'x'.repeat(n)),
);
export const hostileNumber = fc.oneof(
  fc.constantFrom(...NUMBER_EDGES),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.maxSafeInteger(),
);
/** A value nested `depth` levels in arrays or objects, with an optional hostile leaf. */
export const nested = (depth, leaf = 1) => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
};
export const hostileValue = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 2, max: 60 }), NUL_SURROGATE).map(([d, leaf]) => nested(d, leaf)),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.constant({}), { minLength: 500, maxLength: 3000 }) },
);

/** A JSON text nested `depth` levels (built as text: no recursion anywhere on this side). */
export function deepJson(depth, kind = 'object', inside = '1') {
  return kind === 'object'
    ? '{"a":'.repeat(depth) + inside + '}'.repeat(depth)
    : '['.repeat(depth) + inside + ']'.repeat(depth);
}
