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

/** The read model's place tables (laos, districts, provinces), as PlaceDirectory caches them. */
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
};
