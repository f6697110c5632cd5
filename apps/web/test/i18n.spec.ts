import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  BATCH_STATUSES,
  LANGUAGES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_SLIP_STATUSES,
  PRODUCER_KINDS,
  PRODUCT_CATEGORIES,
  PRODUCT_UNITS,
  RESERVATION_STATUSES,
} from '@app/contracts';

/** The catalogs are the only home of the app's text: Thai and English say the same things, and every key used exists. */
const SRC = new URL('../src/', import.meta.url).pathname;
/** The common catalogs (src/i18n) and each console's own (any src/<console>/…/i18n, added when that code loads). */
function catalogDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => (d.name === 'i18n' ? [join(dir, d.name)] : catalogDirs(join(dir, d.name))));
}
const CATALOG_DIRS = [join(SRC, 'i18n'), ...catalogDirs(SRC).filter((d) => d !== join(SRC, 'i18n'))];
const read = (dir: string, lang: string) =>
  JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, unknown>;
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b))
    out[k] =
      v && typeof v === 'object' && out[k] && typeof out[k] === 'object'
        ? merge(out[k] as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  return out;
}
const catalog = (lang: string) => CATALOG_DIRS.map((d) => read(d, lang)).reduce(merge, {});

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

describe('i18n catalogs', () => {
  const th = new Set(keys(catalog('th')));
  const en = new Set(keys(catalog('en')));

  it('each console keeps its texts under its own top-level key', () => {
    for (const dir of CATALOG_DIRS.slice(1)) {
      const area = dir.slice(SRC.length).split('/')[0];
      for (const lang of ['th', 'en']) expect(Object.keys(read(dir, lang))).toEqual([area]);
    }
  });

  it('Thai and English have the same keys, and no text is empty', () => {
    expect([...th].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !th.has(k))).toEqual([]);
    for (const lang of ['th', 'en'])
      expect(
        keys(catalog(lang)).filter(
          (k) =>
            !String(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalog(lang))).trim(),
        ),
      ).toEqual([]);
  });

  it('every key the pages use is in the catalogs', () => {
    const used = sources(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used)].filter((k) => !th.has(k))).toEqual([]);
  });

  it('every value the API can send has a label', () => {
    const need = [
      ...ORDER_STATUSES.map((s) => `orderStatus.${s}`),
      ...BATCH_STATUSES.map((s) => `batchStatus.${s}`),
      ...RESERVATION_STATUSES.map((s) => `reservationStatus.${s}`),
      ...PRODUCT_CATEGORIES.map((c) => `category.${c}`),
      ...PRODUCT_UNITS.map((u) => `unit.${u}`),
      ...PRODUCER_KINDS.map((k) => `producerKind.${k}`),
      ...Array.from({ length: 12 }, (_, i) => `month.${i + 1}`),
      ...PAYMENT_METHODS.map((m) => `admin.orders.methods.${m}`),
      ...PAYMENT_SLIP_STATUSES.map((s) => `admin.orders.slipStatus.${s}`),
      ...NOTIFICATION_KINDS.map((k) => `notifications.kind.${k}`),
      ...NOTIFICATION_CHANNELS.map((c) => `notifications.channel.${c}`),
      ...LANGUAGES.map((l) => `notifications.language.${l}`),
    ];
    expect(need.filter((k) => !th.has(k))).toEqual([]);
  });
});
