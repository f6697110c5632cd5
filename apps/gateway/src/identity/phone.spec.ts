import { normalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it.each([
    ['0812345678', '0812345678'],
    ['081-234-5678', '0812345678'],
    ['+66812345678', '0812345678'],
    ['+66 81 234 5678', '0812345678'],
    ['021234567', '021234567'],
  ])('%s → %s', (raw, expected) => expect(normalizePhone(raw)).toBe(expected));

  it.each(['12345', '0812345678901', 'abc', '+1 555 1234567'])('refuses %s', (raw) =>
    expect(normalizePhone(raw)).toBeNull(),
  );
});
