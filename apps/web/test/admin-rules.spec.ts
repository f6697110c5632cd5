import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidPromptPayId, normalizePromptPayId } from '@app/contracts';
import { provinceCodesByMapId } from '../src/admin/map/province-ids.js';
import { isPromptPayId, normalizePromptPay } from '../src/admin/promptpay.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** The map's locations as the package ships them (an ES module holding one JSON object). */
function mapLocations(): Array<{ id: string; name: string }> {
  const js = readFileSync(join(ROOT, 'node_modules/@svg-maps/thailand/index.js'), 'utf8');
  return (
    JSON.parse(js.replace(/^export default\s*/, '').replace(/;\s*$/, '')) as {
      locations: Array<{ id: string; name: string }>;
    }
  ).locations;
}

/** The provinces as the catalog serves them (GET /api/v1/provinces reads this reference file). */
function provinces(): Array<{ code: string; nameEn: string }> {
  return readFileSync(join(ROOT, 'libs/reference-data/data/provinces.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .map(([code, , nameEn]) => ({ code, nameEn }));
}

describe('the admin console’s rules', () => {
  it('maps every one of the 77 provinces to one shape of the map, and the lake to none', () => {
    const ps = provinces();
    expect(ps).toHaveLength(77);
    const codes = provinceCodesByMapId(mapLocations(), ps);
    expect(codes.size).toBe(77);
    expect(new Set(codes.values()).size).toBe(77);
    expect(codes.get('pyo')).toBe('56');
    expect(codes.get('bkk')).toBe('10');
    expect(codes.get('lri')).toBe('16'); // "Lop Buri" on the map, "Loburi" in the reference data
    expect(codes.get('brm')).toBe('31'); // "Buriram" / "Buri Ram"
    expect(codes.has('lksg')).toBe(false);
  });

  it('checks a PromptPay ID as the API does', () => {
    const samples = [
      '0812345678',
      '0612345678',
      '0212345678',
      '081234567',
      '1234567890121',
      '1234567890122',
      '3101700212119',
      '3101700212118',
      '+66812345678',
      '081-234-5678',
      '',
      'abc',
      '0000000000000',
    ];
    for (let i = 0; i < 300; i++) samples.push(String(Math.floor(Math.random() * 1e13)).padStart(13, '0'));
    for (const s of samples) {
      expect(normalizePromptPay(s)).toBe(normalizePromptPayId(s));
      expect([s, isPromptPayId(normalizePromptPay(s))]).toEqual([s, isValidPromptPayId(normalizePromptPayId(s))]);
    }
  });
});

describe('targets table input', () => {
  it('reads whole counts and baht to satang, refusing negatives and fractions', async () => {
    const { parseCell } = await import('../src/admin/targets/target-input.js');
    expect(parseCell('salesCount', ' 1,200 ')).toEqual({ value: 1200 });
    expect(parseCell('salesCount', '-5')).toEqual({ error: 'negative' });
    expect(parseCell('beneficiaries', '2.5')).toEqual({ error: 'notWhole' });
    expect(parseCell('beneficiaries', 'abc')).toEqual({ error: 'notWhole' });
    expect(parseCell('salesCount', '')).toEqual({ error: 'empty' });
    expect(parseCell('revenueSatang', '฿90,000.5')).toEqual({ value: 9_000_050 });
    expect(parseCell('revenueSatang', '1.005')).toEqual({ error: 'notWhole' });
  });

  it('a pasted block fills down and right from the cell, clipped to the table', async () => {
    const { pasteBlock } = await import('../src/admin/targets/target-input.js');
    expect(pasteBlock('7', 0, 0, 5)).toBeNull();
    expect(pasteBlock('1\r\n2\r\n3\r\n', 3, 2, 5)).toEqual([
      { row: 3, col: 2, value: '1' },
      { row: 4, col: 2, value: '2' },
    ]);
    expect(pasteBlock('1\t2\t3', 0, 1, 5)).toEqual([
      { row: 0, col: 1, value: '1' },
      { row: 0, col: 2, value: '2' },
    ]);
  });
});
