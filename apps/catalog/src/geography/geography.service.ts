import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { DistrictV1, LaoV1, ListLaosQuery, Page, ProvinceV1, SubdistrictV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { District, Lao, Province } from './geography.entities.js';
import { subdistrictsRepository } from './subdistricts.repository.js';

/** Thai alphabetical order (ICU); equality is never tested with it. */
export const THAI_ORDER = 'COLLATE "th-x-icu"';

@Injectable()
export class GeographyService {
  constructor(
    @InjectRepository(Province) private readonly provinces: Repository<Province>,
    @InjectRepository(District) private readonly districts: Repository<District>,
    @InjectRepository(Lao) private readonly laos: Repository<Lao>,
  ) {}

  listProvinces(): Promise<ProvinceV1[]> {
    return this.provinces.createQueryBuilder('p').orderBy(`p.name_th ${THAI_ORDER}`).getMany();
  }

  async listDistricts(provinceCode: string): Promise<DistrictV1[]> {
    await this.getProvince(provinceCode);
    return this.districts
      .createQueryBuilder('d')
      .where('d.province_code = :provinceCode', { provinceCode })
      .orderBy(`d.name_th ${THAI_ORDER}`)
      .getMany();
  }

  /** A district's subdistricts with their postcodes; an unknown district is a 404 naming `code`. */
  async listSubdistricts(districtCode: string): Promise<SubdistrictV1[]> {
    if (!(await this.districts.existsBy({ code: districtCode })))
      throw DomainError.notFound('District', districtCode, 'code');
    return subdistrictsRepository.ofDistrict(this.districts.manager, districtCode);
  }

  async getProvince(code: string): Promise<Province> {
    const p = await this.provinces.findOneBy({ code });
    if (!p) throw DomainError.notFound('Province', code, 'provinceCode');
    return p;
  }

  async getLao(code: string): Promise<LaoV1> {
    const l = await this.laos.findOneBy({ code });
    if (!l) throw DomainError.notFound('LAO', code, 'laoCode');
    return l;
  }

  async listLaos(q: ListLaosQuery): Promise<Page<LaoV1>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    if (q.provinceCode) await this.getProvince(q.provinceCode);
    if (q.districtCode && !(await this.districts.existsBy({ code: q.districtCode })))
      throw DomainError.notFound('District', q.districtCode, 'districtCode');
    const qb = this.laos.createQueryBuilder('l');
    if (q.provinceCode) qb.andWhere('l.province_code = :provinceCode', { provinceCode: q.provinceCode });
    if (q.districtCode) qb.andWhere('l.district_code = :districtCode', { districtCode: q.districtCode });
    if (q.type) qb.andWhere('l.type = :type', { type: q.type });
    if (q.q) qb.andWhere(`strpos(l.display_name_th, :q) > 0`, { q: q.q.trim() });
    const [items, total] = await qb
      .orderBy(`l.display_name_th ${THAI_ORDER}`)
      .addOrderBy('l.code')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
