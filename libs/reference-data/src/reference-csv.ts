import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The three files every service loads: provinces.csv, districts.csv, laos.csv. */
export async function readReferenceFiles(dir: string) {
  const [provinces, districts, laos] = await Promise.all(
    ['provinces.csv', 'districts.csv', 'laos.csv'].map((f) => readReferenceCsv(dir, f)),
  );
  return { provinces, districts, laos };
}

/** One of the reference files (provinces.csv, districts.csv, laos.csv …) as rows keyed by its header. */
export async function readReferenceCsv(dir: string, file: string): Promise<Record<string, string>[]> {
  return parseReferenceCsv(await readFile(join(dir, file), 'utf8'));
}

/** The reference files are plain comma-separated values without quoting (checked here). */
export function parseReferenceCsv(text: string): Record<string, string>[] {
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
