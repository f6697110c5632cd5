import type { EntityManager } from 'typeorm';
import type { LaoType } from '@app/contracts';
import { Lao } from './geography.entities.js';
import type { CatalogDistrict } from './subdistrict-source.js';

/** An LAO as a dla_admin writes it (display_name_th is derived by the caller: lao-name.ts). */
export interface LaoFields {
  code: string;
  type: LaoType;
  typeTh: string;
  nameTh: string;
  displayNameTh: string;
  provinceCode: string;
  districtCode: string;
  lat: number | null;
  lon: number | null;
}

/** The places a catalog row may point to: LAOs, districts, provinces (the reference data's loader fills them). */
export const placesRepository = {
  /** An LAO's district and province as they are now, or null. */
  async laoPlace(em: EntityManager, laoCode: string): Promise<{ district_code: string; province_code: string } | null> {
    const rows: Array<{ district_code: string; province_code: string }> = await em.query(
      `SELECT district_code, province_code FROM laos WHERE code = $1`,
      [laoCode],
    );
    return rows[0] ?? null;
  },

  /** Every district (the subdistricts' load matches the package's rows to them). */
  async districts(em: EntityManager): Promise<CatalogDistrict[]> {
    return em.query(`SELECT code, province_code AS "provinceCode", name_th AS "nameTh" FROM districts`);
  },

  async districtExists(em: EntityManager, code: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM districts WHERE code = $1`, [code])).length > 0;
  },

  async provinceExists(em: EntityManager, code: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM provinces WHERE code = $1`, [code])).length > 0;
  },

  async provinceOfDistrict(em: EntityManager, districtCode: string): Promise<string | null> {
    const rows: Array<{ province_code: string }> = await em.query(
      `SELECT province_code FROM districts WHERE code = $1`,
      [districtCode],
    );
    return rows[0]?.province_code ?? null;
  },

  async findLao(em: EntityManager, code: string): Promise<Lao | null> {
    return em.getRepository(Lao).findOneBy({ code });
  },

  async lockLao(em: EntityManager, code: string): Promise<Lao | null> {
    return em
      .getRepository(Lao)
      .createQueryBuilder('l')
      .setLock('pessimistic_write')
      .where('l.code = :code', { code })
      .getOne();
  },

  /** false when an LAO has this code already (nothing written). */
  async insertLao(em: EntityManager, l: LaoFields): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO laos (code, type, type_th, name_th, display_name_th, province_code, district_code, lat, lon)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [l.code, l.type, l.typeTh, l.nameTh, l.displayNameTh, l.provinceCode, l.districtCode, l.lat, l.lon],
    );
    return inserted.length > 0;
  },

  async updateLao(em: EntityManager, l: LaoFields): Promise<void> {
    await em.query(
      `UPDATE laos SET type = $2, type_th = $3, name_th = $4, display_name_th = $5, province_code = $6, district_code = $7, lat = $8, lon = $9 WHERE code = $1`,
      [l.code, l.type, l.typeTh, l.nameTh, l.displayNameTh, l.provinceCode, l.districtCode, l.lat, l.lon],
    );
  },
};
