import type { EntityManager } from 'typeorm';
import type { PlaceV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** The place of an LAO (its district and province as they are now), or 404 naming the field. */
export async function placeOfLao(em: EntityManager, laoCode: string, field = 'laoCode'): Promise<PlaceV1> {
  const rows: Array<{ district_code: string; province_code: string }> = await em.query(`SELECT district_code, province_code FROM laos WHERE code = $1`, [laoCode]);
  if (!rows.length) throw DomainError.notFound('LAO', laoCode, field);
  return { laoCode, districtCode: rows[0].district_code, provinceCode: rows[0].province_code };
}
