import { isValidPromptPayId, normalizePromptPayId } from './promptpay.js';

describe('PromptPay ID', () => {
  it('accepts a 13-digit ID whose check digit is right', () => {
    // 1-1017-00207-11-?: 1×13+1×12+0×11+1×10+7×9+0×8+0×7+2×6+0×5+7×4+1×3+1×2 = 143; 143 mod 11 = 0; (11-0) mod 10 = 1
    expect(isValidPromptPayId('1101700207111')).toBe(true);
    expect(isValidPromptPayId('3100600445635')).toBe(true);
  });

  it('refuses the same ID with a wrong check digit', () => {
    expect(isValidPromptPayId('1101700207112')).toBe(false);
    expect(isValidPromptPayId('1101700207110')).toBe(false);
  });

  it('accepts a Thai mobile number and refuses landlines, short and long numbers', () => {
    expect(isValidPromptPayId('0812345678')).toBe(true);
    expect(isValidPromptPayId('0612345678')).toBe(true);
    expect(isValidPromptPayId('021234567')).toBe(false);
    expect(isValidPromptPayId('081234567')).toBe(false);
    expect(isValidPromptPayId('12345678901234')).toBe(false);
    expect(isValidPromptPayId(812345678)).toBe(false);
  });

  it('normalises what people type', () => {
    expect(normalizePromptPayId('+66 81-234-5678')).toBe('0812345678');
    expect(normalizePromptPayId('1-1017-00207-11-1')).toBe('1101700207111');
  });
});
