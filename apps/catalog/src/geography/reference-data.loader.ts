import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { laoDisplayName } from './lao-name.js';
import { expandGeodb, readPackageGeodb, servableSubdistricts } from './subdistrict-source.js';

function parseCsv(text: string): Record<string, string>[] {
  // The reference files are plain comma-separated values without quoting (checked on load).
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length);
  const header = lines[0].split(',');
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length || line.includes('"'))
      throw new Error(`reference data line ${i + 2}: unexpected quoting or column count`);
    return Object.fromEntries(header.map((h, j) => [h, cells[j]]));
  });
}

async function insertBatched(
  ds: DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
  key = 'code',
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
    const res = await ds.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT (${key}) DO NOTHING RETURNING 1`,
      params,
    );
    inserted += res.length;
  }
  return inserted;
}

/**
 * Loads provinces, districts, LAOs and subdistricts (these from the thai-address-database package).
 * Idempotent: existing rows are left as they are, so re-running changes nothing and a dla_admin's
 * correction of an LAO is never overwritten by the file.
 */
export async function loadReferenceData(
  ds: DataSource,
  dir: string,
): Promise<{ provinces: number; districts: number; laos: number; subdistricts: number }> {
  const read = async (f: string) => parseCsv(await readFile(join(dir, f), 'utf8'));
  const [provinces, districts, laos] = await Promise.all([
    read('provinces.csv'),
    read('districts.csv'),
    read('laos.csv'),
  ]);
  const num = (s: string) => (s === '' ? null : Number(s));
  const counts = {
    provinces: await insertBatched(
      ds,
      'provinces',
      ['code', 'name_th', 'name_en'],
      provinces.map((p) => [p.province_code, p.name_th, p.name_en]),
    ),
    districts: await insertBatched(
      ds,
      'districts',
      ['code', 'province_code', 'name_th', 'name_en', 'postal_code'],
      districts.map((d) => [d.district_code, d.province_code, d.name_th, d.name_en, d.postal_code || null]),
    ),
    laos: await insertBatched(
      ds,
      'laos',
      ['code', 'type', 'type_th', 'name_th', 'display_name_th', 'province_code', 'district_code', 'lat', 'lon'],
      laos.map((l) => [
        l.dla_code,
        l.type,
        l.type_th,
        l.name_th,
        laoDisplayName(l.type_th, l.name_th),
        l.province_code,
        l.district_code,
        num(l.lat),
        num(l.lon),
      ]),
    ),
  };
  return { ...counts, subdistricts: await loadSubdistricts(ds) };
}

async function loadSubdistricts(ds: DataSource): Promise<number> {
  const known = await ds.query(`SELECT code, province_code AS "provinceCode", name_th AS "nameTh" FROM districts`);
  const rows = servableSubdistricts(expandGeodb(await readPackageGeodb()), known);
  return insertBatched(
    ds,
    'subdistricts',
    ['district_code', 'code', 'postal_code', 'name_th'],
    rows.map((r) => [r.districtCode, r.code, r.postalCode, r.nameTh]),
    'district_code, code, postal_code',
  );
}
