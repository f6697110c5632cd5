import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { toCsv } from './csv.js';
import type { PackingRowV1 } from '@app/contracts';

const row = (over: Partial<PackingRowV1>): PackingRowV1 => ({
  reservationId: 'r1',
  status: 'confirmed',
  consumerId: 'c1',
  requested: 1,
  quantity: 1,
  allocated: null,
  toPack: 1,
  orderId: null,
  fulfilment: 'delivery',
  pickupPointId: null,
  pickupPointName: null,
  deliveryAddress: null,
  day: '2026-03-01',
  reservedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

describe('packing list CSV', () => {
  it.each(['=1+1', '+66', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell starting with %j (tab and CR included)',
    (s) => {
      const [, data] = parse(toCsv([row({ deliveryAddress: s, pickupPointName: s })]).slice(1), {
        relax_column_count: true,
      });
      expect(data[5]).toBe(`'${s}`);
      expect(data[7]).toBe(`'${s}`);
    },
  );
});

describe('one CSV rule for the whole system', () => {
  const root = process.cwd();
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return f === 'node_modules' || f === 'test' ? [] : files(p);
      return /\.ts$/.test(f) && !/\.spec\.ts$|\.d\.ts$/.test(f) ? [p] : [];
    });
  // a writer starts its document with a BOM ('\uFEFF' + …) or guards formulas itself (/^[=+…/); readers only strip a BOM
  it('no source file but libs/contracts/src/csv.ts writes a BOM or its own formula guard', () => {
    const offenders = [...files(join(root, 'apps')), ...files(join(root, 'libs'))]
      .filter((p) => !p.endsWith(join('libs', 'contracts', 'src', 'csv.ts')))
      .filter((p) => /['`]\\uFEFF|\/\^\[=\+/.test(readFileSync(p, 'utf8')))
      .map((p) => relative(root, p));
    expect(offenders).toEqual([]);
  });
});
