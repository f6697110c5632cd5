import type { EntityManager } from 'typeorm';
import type { SubdistrictV1 } from '@app/contracts';
import { THAI_ORDER } from './geography.service.js';

/** The only SQL on subdistricts (the loader writes them with the other reference data). */
export const subdistrictsRepository = {
  ofDistrict(em: EntityManager, districtCode: string): Promise<SubdistrictV1[]> {
    return em.query(
      `SELECT code, district_code AS "districtCode", name_th AS "nameTh", name_en AS "nameEn", postal_code AS "postalCode"
         FROM subdistricts WHERE district_code = $1 ORDER BY name_th ${THAI_ORDER}, code, postal_code`,
      [districtCode],
    );
  },
};
