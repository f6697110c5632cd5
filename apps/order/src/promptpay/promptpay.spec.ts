import { promptPayPayload, promptPayProxy } from './promptpay.js';

/** An independent reader: EMVCo TLV (2-digit id, 2-digit length) and CRC-16/CCITT-FALSE over everything up to "6304". */
function readTlv(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < s.length; ) {
    const id = s.slice(i, i + 2);
    const len = Number(s.slice(i + 2, i + 4));
    out.set(id, s.slice(i + 4, i + 4 + len));
    i += 4 + len;
  }
  return out;
}
function crc16(s: string): string {
  let crc = 0xffff;
  for (const b of Buffer.from(s, 'utf8')) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

describe('PromptPay payload', () => {
  it.each([
    ['0812345678', 10_845, '01', '0066812345678', '108.45'],
    ['1234567890123', 100, '02', '1234567890123', '1.00'],
    ['123456789012345', 99_999_999, '03', '123456789012345', '999999.99'],
    ['081-234-5678', 1, '01', '0066812345678', '0.01'],
  ])('%s, %i satang → proxy tag %s, amount %s, valid CRC', (id, satang, proxyTag, target, amount) => {
    const payload = promptPayPayload(id, satang);
    const tags = readTlv(payload);
    expect(tags.get('00')).toBe('01');
    expect(tags.get('01')).toBe('12'); // dynamic: one payment of this amount
    expect(tags.get('53')).toBe('764'); // THB
    expect(tags.get('54')).toBe(amount);
    const merchant = readTlv(tags.get('29')!);
    expect(merchant.get('00')).toBe('A000000677010111');
    expect(merchant.get(proxyTag)).toBe(target);
    expect(payload.slice(-8, -4)).toBe('6304');
    expect(tags.get('63')).toBe(crc16(payload.slice(0, -4)));
  });

  it('refuses an ID that is no PromptPay proxy', () => {
    expect(() => promptPayProxy('12345')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
