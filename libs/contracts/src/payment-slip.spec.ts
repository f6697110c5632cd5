import { parseSlipQr, sniffImageType } from './payment-slip.js';

/** A Slip Verify payload built by hand (tag 00 = API type, bank, reference; 51 = TH; 91 = CRC-16/CCITT-FALSE). */
function tlv(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}
function crc16(s: string): string {
  let crc = 0xffff;
  for (const b of Buffer.from(s, 'utf8')) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
function slip(bank: string, ref: string, apiType = '000001'): string {
  const body = tlv('00', tlv('00', apiType) + tlv('01', bank) + tlv('02', ref)) + tlv('51', 'TH') + '9104';
  return body + crc16(body);
}

describe('reading a slip verification QR', () => {
  it('gives the sending bank and the transaction reference of a valid payload', () => {
    expect(parseSlipQr(slip('014', '2026120312345678ABCD'))).toEqual({
      sendingBank: '014',
      transRef: '2026120312345678ABCD',
    });
  });

  it('reads what promptparse generates the same way (independent builders agree)', () => {
    expect(slip('004', '0123456789ABCDEF')).toBe(
      '00370006000001010300402160123456789ABCDEF5102TH9104' +
        crc16('00370006000001010300402160123456789ABCDEF5102TH9104'),
    );
  });

  it('refuses a payload whose CRC is wrong', () => {
    const good = slip('004', '2026120312345678ABCD');
    const bad = good.slice(0, -4) + (good.endsWith('0000') ? '0001' : '0000');
    expect(parseSlipQr(bad)).toBeNull();
    // a changed reference under the old CRC: an edited slip
    expect(parseSlipQr(good.replace('ABCD', 'ABCE'))).toBeNull();
  });

  it('refuses payloads that are not slips: a PromptPay payment QR, another API type, garbage, non-strings', () => {
    expect(parseSlipQr('00020101021229370016A000000677010111011300668123456785802TH530376454043006304ABCD')).toBeNull();
    expect(parseSlipQr(slip('004', '2026120312345678ABCD', '000002'))).toBeNull();
    expect(parseSlipQr(slip('4', '2026120312345678ABCD'))).toBeNull();
    expect(parseSlipQr('hello world')).toBeNull();
    expect(parseSlipQr('')).toBeNull();
    expect(parseSlipQr('0'.repeat(600))).toBeNull();
    expect(parseSlipQr(undefined)).toBeNull();
    expect(parseSlipQr(42)).toBeNull();
  });
});

describe('telling an image type by its first bytes', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    [[...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')], 'image/webp'],
    [[...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WAVE')], null],
    [[...Buffer.from('GIF89a')], null],
    [[...Buffer.from('just text, named slip.jpg')], null],
    [[], null],
  ])('%j → %s', (bytes, type) => expect(sniffImageType(Uint8Array.from(bytes as number[]))).toBe(type));
});
