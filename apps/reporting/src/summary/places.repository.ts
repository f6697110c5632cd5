import type { DataSource, EntityManager } from 'typeorm';

type Queryable = DataSource | EntityManager;

/** An LAO with its district's and province's names (those may be missing from the reference data). */
export interface LaoPlaceRow {
  code: string;
  display_name_th: string;
  type_th: string;
  district_code: string;
  d_name: string | null;
  province_code: string;
  p_name: string | null;
}

/** An LAO as catalog.lao.upserted and the reference files give it. */
export interface LaoRow {
  code: string;
  type: string;
  type_th: string;
  name_th: string;
  display_name_th: string;
  district_code: string;
  province_code: string;
}

/**
 * The read model's place tables (laos, districts, provinces): loaded from the reference files
 * (read-model/reference-data.ts), kept by catalog.lao.upserted, read as PlaceDirectory caches them.
 */
export const placesRepository = {
  /** Moved by a trigger on any change to the place tables. */
  async version(db: Queryable): Promise<string> {
    const [{ version }]: Array<{ version: string }> = await db.query(
      `SELECT version::text AS version FROM reference_version`,
    );
    return version;
  },

  /** Every LAO, by province, district and code. */
  async laos(db: Queryable): Promise<LaoPlaceRow[]> {
    return db.query(
      `SELECT l.code, l.display_name_th, l.type_th, l.district_code, d.name_th AS d_name, l.province_code, p.name_th AS p_name
       FROM laos l LEFT JOIN districts d ON d.code = l.district_code LEFT JOIN provinces p ON p.code = l.province_code
       ORDER BY l.province_code, l.district_code, l.code`,
    );
  },

  /**
   * Completions at an LAO hold its lock shared until they commit (order-facts.repository.ts: lockCompletion):
   * taken alone, every earlier completion is visible and every later one sees the LAO's place as it is now.
   */
  async lockLao(em: EntityManager, code: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 8))`, [code]);
  },

  /** Where an LAO is now (undefined: not known yet). */
  async laoPlace(
    em: EntityManager,
    code: string,
  ): Promise<Pick<LaoRow, 'district_code' | 'province_code'> | undefined> {
    const [was]: Array<Pick<LaoRow, 'district_code' | 'province_code'>> = await em.query(
      `SELECT district_code, province_code FROM laos WHERE code = $1`,
      [code],
    );
    return was;
  },

  async upsertLao(em: EntityManager, l: LaoRow): Promise<void> {
    await em.query(
      `INSERT INTO laos (code, type, type_th, name_th, display_name_th, district_code, province_code) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET type = EXCLUDED.type, type_th = EXCLUDED.type_th, name_th = EXCLUDED.name_th,
         display_name_th = EXCLUDED.display_name_th, district_code = EXCLUDED.district_code, province_code = EXCLUDED.province_code`,
      [l.code, l.type, l.type_th, l.name_th, l.display_name_th, l.district_code, l.province_code],
    );
  },
};
