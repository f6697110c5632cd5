import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommonConfig, commonConfig, Env } from '@app/config';

export interface CatalogConfig extends CommonConfig {
  /** folder of provinces.csv, districts.csv, laos.csv */
  referenceDataDir: string;
  /** public base URL of the web front (share links, QR codes) */
  publicBaseUrl: string;
}

export function loadCatalogConfig(env: Env): CatalogConfig {
  return {
    ...commonConfig(env, 'catalog'),
    referenceDataDir: env.REFERENCE_DATA_DIR ?? defaultReferenceDataDir(),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? '3000'}`).replace(/\/$/, ''),
  };
}

/** apps/catalog/reference-data, found from the source tree or from dist/. */
function defaultReferenceDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'apps', 'catalog', 'reference-data');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('apps/catalog/reference-data not found; set REFERENCE_DATA_DIR');
}
