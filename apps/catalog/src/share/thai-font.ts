import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * A Thai font for the poster. This machine's fontconfig has none (`fc-list | grep -i thai` is empty) and
 * librsvg/Pango cannot read WOFF, so the web app's own Sarabun (@fontsource/sarabun, OFL) is unpacked from
 * WOFF to a plain TrueType file once per process and handed to Pango as a font file: the poster looks the
 * same on every server, whatever fonts it has installed.
 */
const cache = new Map<string, string>();

export function sarabunFile(weight: 400 | 700): string {
  const hit = cache.get(String(weight));
  if (hit) return hit;
  const woff = readFileSync(
    createRequire(import.meta.url).resolve(`@fontsource/sarabun/files/sarabun-thai-${weight}-normal.woff`),
  );
  const dir = join(tmpdir(), 'kdbr-fonts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `sarabun-thai-${weight}.ttf`);
  writeFileSync(file, woffToSfnt(woff));
  cache.set(String(weight), file);
  return file;
}

/** WOFF 1.0 → the sfnt (TrueType/OpenType) it wraps: each table inflated when it was compressed. */
export function woffToSfnt(w: Buffer): Buffer {
  if (w.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const flavor = w.readUInt32BE(4);
  const numTables = w.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((k) => w.readUInt32BE(o + k));
    const raw = w.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const head = Buffer.alloc(12 + numTables * 16);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = head.length;
  const bodies = tables.map((t, i) => {
    const p = 12 + i * 16;
    head.writeUInt32BE(t.tag, p);
    head.writeUInt32BE(t.checksum, p + 4);
    head.writeUInt32BE(offset, p + 8);
    head.writeUInt32BE(t.data.length, p + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    offset += padded.length;
    return padded;
  });
  return Buffer.concat([head, ...bodies]);
}
