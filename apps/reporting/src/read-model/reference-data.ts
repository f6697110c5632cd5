import type { DataSource, EntityManager } from 'typeorm';
import { insertMissing } from '@app/persistence';
import { LAO_COLUMNS, laoValues, readReferenceFiles } from '@app/reference-data';

/*
 * The LAO list is reference data, not another service's table: the same files the catalog loads
 * (REFERENCE_DATA_DIR). The report needs a row for every LAO, including those that never raised an event.
 */

/**
 * Idempotent: existing rows stay as they are, so a restart changes nothing and an LAO corrected by a
 * catalog.lao.upserted event is not overwritten by the file.
 */
export async function loadReferenceData(
  q: DataSource | EntityManager,
  dir: string,
): Promise<{ provinces: number; districts: number; laos: number }> {
  const { provinces, districts, laos } = await readReferenceFiles(dir);
  return {
    provinces: await insertMissing(
      q,
      'provinces',
      ['code', 'name_th'],
      provinces.map((p) => [p.province_code, p.name_th]),
    ),
    districts: await insertMissing(
      q,
      'districts',
      ['code', 'province_code', 'name_th'],
      districts.map((d) => [d.district_code, d.province_code, d.name_th]),
    ),
    laos: await insertMissing(q, 'laos', LAO_COLUMNS, laos.map(laoValues)),
  };
}
