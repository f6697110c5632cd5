import { CommonConfig, commonConfig, Env, envInt } from '@app/config';
import { defaultReferenceDataDir } from '@app/reference-data';

export interface CatalogConfig extends CommonConfig {
  /** folder of provinces.csv, districts.csv, laos.csv */
  referenceDataDir: string;
  /** public base URL of the web front (share links, QR codes) */
  publicBaseUrl: string;
  /** content links one LAO may register per Bangkok day (CONTENT_LINKS_PER_LAO_PER_DAY): a report's links are published posts, not a stream */
  contentLinksPerLaoPerDay: number;
}

export function loadCatalogConfig(env: Env): CatalogConfig {
  return {
    ...commonConfig(env, 'catalog'),
    referenceDataDir: env.REFERENCE_DATA_DIR ?? defaultReferenceDataDir(),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? '3000'}`).replace(/\/$/, ''),
    contentLinksPerLaoPerDay: envInt(env, 'CONTENT_LINKS_PER_LAO_PER_DAY', 50, 1, 10_000),
  };
}
