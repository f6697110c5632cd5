import { acceptsGzip } from './reports.controller.js';

describe('Accept-Encoding and gzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['GZIP', true],
    ['identity', false],
    ['gzip;q=0', false],
    ['gzip; q=0.000, br', false],
    ['br, *;q=0', false],
    ['gzip;q=0, *', false],
    ['x-gzip', true],
    ['gzip ; q = 0.5', true],
    ['gzip; q = 0', false],
    ['', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('reads a header sent twice', () => {
    expect(acceptsGzip(['identity', 'gzip'])).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
