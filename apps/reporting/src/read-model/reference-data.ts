import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The LAO list is reference data, not another service's table: the same files the catalog loads
 * (REFERENCE_DATA_DIR). The report needs a row for every LAO, including those that never raised an event.
 */
function parseCsv(text: string): Record<string, string>[] {
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

/** Same rule as the catalog's: type + name unless the name already starts with the type. */
export function laoDisplayName(typeTh: string, nameTh: string): string {
  const name = nameTh.trim();
  return name.startsWith(typeTh) ? name : `${typeTh}${name}`;
}

async function insertBatched(
  q: DataSource | EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + 1000).map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
    const res = await q.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT (code) DO NOTHING RETURNING code`,
      params,
    );
    inserted += res.length;
  }
  return inserted;
}

/**
 * Idempotent: existing rows stay as they are, so a restart changes nothing and an LAO corrected by a
 * catalog.lao.upserted event is not overwritten by the file.
 */
export async function loadReferenceData(
  q: DataSource | EntityManager,
  dir: string,
): Promise<{ provinces: number; districts: number; laos: number }> {
  const read = async (f: string) => parseCsv(await readFile(join(dir, f), 'utf8'));
  const [provinces, districts, laos] = await Promise.all([
    read('provinces.csv'),
    read('districts.csv'),
    read('laos.csv'),
  ]);
  return {
    provinces: await insertBatched(
      q,
      'provinces',
      ['code', 'name_th'],
      provinces.map((p) => [p.province_code, p.name_th]),
    ),
    districts: await insertBatched(
      q,
      'districts',
      ['code', 'province_code', 'name_th'],
      districts.map((d) => [d.district_code, d.province_code, d.name_th]),
    ),
    laos: await insertBatched(
      q,
      'laos',
      ['code', 'type', 'type_th', 'name_th', 'display_name_th', 'district_code', 'province_code'],
      laos.map((l) => [
        l.dla_code,
        l.type,
        l.type_th,
        l.name_th,
        laoDisplayName(l.type_th, l.name_th),
        l.district_code,
        l.province_code,
      ]),
    ),
  };
}
