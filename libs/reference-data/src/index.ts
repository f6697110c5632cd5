import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The programme's reference data — provinces.csv, districts.csv, laos.csv (sources: ../data/SOURCES.md) —
 * read by the catalog (its geography tables) and by reporting (a row for every LAO, zeros included). Its own
 * library, so that neither service reads the other's files.
 */

/** libs/reference-data/data, found from the source tree or from dist/ (REFERENCE_DATA_DIR overrides it in each service's config). */
export function defaultReferenceDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'libs', 'reference-data', 'data');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('libs/reference-data/data not found; set REFERENCE_DATA_DIR');
}

export * from './lao-name.js';
export * from './reference-csv.js';
