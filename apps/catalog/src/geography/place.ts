import type { EntityManager } from 'typeorm';
import type { PlaceV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { placesRepository } from './places.repository.js';

/** The place of an LAO (its district and province as they are now), or 404 naming the field. */
export async function placeOfLao(em: EntityManager, laoCode: string, field = 'laoCode'): Promise<PlaceV1> {
  const place = await placesRepository.laoPlace(em, laoCode);
  if (!place) throw DomainError.notFound('LAO', laoCode, field);
  return { laoCode, districtCode: place.district_code, provinceCode: place.province_code };
}
