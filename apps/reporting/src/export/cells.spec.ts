import { parse } from 'csv-parse/sync';
import { csvLine, neutralise } from './cells.js';

describe('spreadsheet cells', () => {
  it.each(['=1+1', '+66812345678', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
    'neutralises %j',
    (s) => {
      expect(neutralise(s)).toBe(`'${s}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutralise('เทศบาลเมืองดอกคำใต้')).toBe('เทศบาลเมืองดอกคำใต้');
    expect(neutralise('https://facebook.com/x?a=1')).toBe('https://facebook.com/x?a=1');
  });

  it('writes numbers as numbers and quotes what needs quoting, parseable back', () => {
    const line = csvLine(['a,b', 'say "hi"', 12.5, null, '=cmd']);
    expect(parse(line)).toEqual([['a,b', 'say "hi"', '12.5', '', "'=cmd"]]);
  });
});
