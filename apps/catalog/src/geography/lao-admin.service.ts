import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogEvents } from '@app/contracts';
import type { Caller, CreateLaoCommand, LaoType, LaoV1, UpdateLaoCommand } from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller } from '@app/messaging';
import { assertDlaAdmin } from '../access/catalog-access.policy.js';
import { Lao } from './geography.entities.js';
import { laoDisplayName } from './lao-name.js';

/** The Thai type word of each LAO type, as the DLA list writes it. */
const TYPE_TH: Record<LaoType, string | null> = {
  provincial_admin_org: 'องค์การบริหารส่วนจังหวัด',
  city_municipality: 'เทศบาลนคร',
  town_municipality: 'เทศบาลเมือง',
  subdistrict_municipality: 'เทศบาลตำบล',
  subdistrict_admin_org: 'องค์การบริหารส่วนตำบล',
  special_admin_area: null,
};

/**
 * A DLA code carries its district: digits 2–5 (4560501 → 5605), which is how every LAO of the DLA list
 * is numbered and how logins find an LAO's province. An LAO placed elsewhere would break that.
 */
function assertCodeMatchesDistrict(code: string, districtCode: string): void {
  if (code.slice(1, 5) !== districtCode) {
    throw DomainError.validation('districtCode', `LAO ${code} belongs to district ${code.slice(1, 5)} by its DLA code, not ${districtCode}`);
  }
}

/** A dla_admin adds or corrects an LAO; the reporting service learns it from catalog.lao.upserted. */
@Injectable()
export class LaoAdminService {
  constructor(private readonly ds: DataSource) {}

  async create(caller: Caller | null, cmd: CreateLaoCommand): Promise<LaoV1> {
    assertDlaAdmin(requireCaller(caller));
    assertCodeMatchesDistrict(cmd.code, cmd.districtCode);
    const typeTh = cmd.typeTh ?? TYPE_TH[cmd.type];
    if (!typeTh) throw DomainError.validation('typeTh', `is required for type ${cmd.type}`);
    return this.ds.transaction(async (em) => {
      const provinceCode = await this.provinceOfDistrict(em, cmd.districtCode);
      const inserted = await em.query(
        `INSERT INTO laos (code, type, type_th, name_th, display_name_th, province_code, district_code, lat, lon)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [cmd.code, cmd.type, typeTh, cmd.nameTh, laoDisplayName(typeTh, cmd.nameTh), provinceCode, cmd.districtCode, cmd.lat ?? null, cmd.lon ?? null],
      );
      if (!inserted.length) throw new DomainError('DUPLICATE', `LAO ${cmd.code} already exists; correct it with PATCH`, [{ field: 'code', message: 'already exists' }]);
      return this.saved(em, cmd.code);
    });
  }

  async update(caller: Caller | null, cmd: UpdateLaoCommand): Promise<LaoV1> {
    assertDlaAdmin(requireCaller(caller));
    return this.ds.transaction(async (em) => {
      const current = await em.getRepository(Lao).createQueryBuilder('l').setLock('pessimistic_write').where('l.code = :code', { code: cmd.code }).getOne();
      if (!current) throw DomainError.notFound('LAO', cmd.code, 'code');
      const type = cmd.type ?? current.type;
      const typeTh = cmd.typeTh ?? (cmd.type ? TYPE_TH[cmd.type] : null) ?? current.typeTh;
      const nameTh = cmd.nameTh ?? current.nameTh;
      const districtCode = cmd.districtCode ?? current.districtCode;
      assertCodeMatchesDistrict(cmd.code, districtCode);
      const provinceCode = await this.provinceOfDistrict(em, districtCode);
      await em.query(
        `UPDATE laos SET type = $2, type_th = $3, name_th = $4, display_name_th = $5, province_code = $6, district_code = $7, lat = $8, lon = $9 WHERE code = $1`,
        [cmd.code, type, typeTh, nameTh, laoDisplayName(typeTh, nameTh), provinceCode, districtCode, cmd.lat ?? current.lat, cmd.lon ?? current.lon],
      );
      return this.saved(em, cmd.code);
    });
  }

  private async provinceOfDistrict(em: EntityManager, districtCode: string): Promise<string> {
    const rows: Array<{ province_code: string }> = await em.query(`SELECT province_code FROM districts WHERE code = $1`, [districtCode]);
    if (!rows.length) throw DomainError.notFound('District', districtCode, 'districtCode');
    return rows[0].province_code;
  }

  /** Reads the row back and raises the event in the same transaction. */
  private async saved(em: EntityManager, code: string): Promise<LaoV1> {
    const lao = (await em.getRepository(Lao).findOneBy({ code }))!;
    await addToOutbox(
      em,
      newEvent(CatalogEvents.laoUpserted, 1, {
        laoCode: lao.code,
        districtCode: lao.districtCode,
        provinceCode: lao.provinceCode,
        type: lao.type,
        nameTh: lao.nameTh,
        displayNameTh: lao.displayNameTh,
      }),
    );
    return lao;
  }
}
