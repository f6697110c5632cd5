import type { DataSource } from 'typeorm';
import { insertMissing } from '@app/persistence';
import { LAO_COLUMNS, laoValues, readReferenceFiles } from '@app/reference-data';
import { placesRepository } from './places.repository.js';
import { expandGeodb, readPackageGeodb, servableSubdistricts } from './subdistrict-source.js';

/**
 * Loads provinces, districts, LAOs and subdistricts (these from the thai-address-database package).
 * Idempotent: existing rows are left as they are, so re-running changes nothing and a dla_admin's
 * correction of an LAO is never overwritten by the file.
 */
export async function loadReferenceData(
  ds: DataSource,
  dir: string,
): Promise<{ provinces: number; districts: number; laos: number; subdistricts: number }> {
  const { provinces, districts, laos } = await readReferenceFiles(dir);
  const num = (s: string) => (s === '' ? null : Number(s));
  const counts = {
    provinces: await insertMissing(
      ds,
      'provinces',
      ['code', 'name_th', 'name_en'],
      provinces.map((p) => [p.province_code, p.name_th, p.name_en]),
    ),
    districts: await insertMissing(
      ds,
      'districts',
      ['code', 'province_code', 'name_th', 'name_en', 'postal_code'],
      districts.map((d) => [d.district_code, d.province_code, d.name_th, d.name_en, d.postal_code || null]),
    ),
    laos: await insertMissing(
      ds,
      'laos',
      [...LAO_COLUMNS, 'lat', 'lon'],
      laos.map((l) => [...laoValues(l), num(l.lat), num(l.lon)]),
    ),
  };
  return { ...counts, subdistricts: await loadSubdistricts(ds) };
}

async function loadSubdistricts(ds: DataSource): Promise<number> {
  const known = await placesRepository.districts(ds.manager);
  const rows = servableSubdistricts(expandGeodb(await readPackageGeodb()), known);
  return insertMissing(
    ds,
    'subdistricts',
    ['district_code', 'code', 'postal_code', 'name_th'],
    rows.map((r) => [r.districtCode, r.code, r.postalCode, r.nameTh]),
    'district_code, code, postal_code',
  );
}
