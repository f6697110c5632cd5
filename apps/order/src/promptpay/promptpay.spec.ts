import { crc16, readTlv } from '../../test/support/emvco.js';
import { promptPayPayload, promptPayProxy } from './promptpay.js';

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
