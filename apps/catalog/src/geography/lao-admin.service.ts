import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogEvents } from '@app/contracts';
import type { Caller, CreateLaoCommand, LaoType, LaoV1, UpdateLaoCommand } from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller } from '@app/messaging';
import { laoDisplayName } from '@app/reference-data';
import { assertDlaAdmin } from '../access/catalog-access.policy.js';
import { placesRepository } from './places.repository.js';

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
    throw DomainError.validation(
      'districtCode',
      `LAO ${code} belongs to district ${code.slice(1, 5)} by its DLA code, not ${districtCode}`,
    );
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
      const inserted = await placesRepository.insertLao(em, {
        code: cmd.code,
        type: cmd.type,
        typeTh,
        nameTh: cmd.nameTh,
        displayNameTh: laoDisplayName(typeTh, cmd.nameTh),
        provinceCode,
        districtCode: cmd.districtCode,
        lat: cmd.lat ?? null,
        lon: cmd.lon ?? null,
      });
      if (!inserted)
        throw new DomainError('DUPLICATE', `LAO ${cmd.code} already exists; correct it with PATCH`, [
          { field: 'code', message: 'already exists' },
        ]);
      return this.saved(em, cmd.code);
    });
  }

  async update(caller: Caller | null, cmd: UpdateLaoCommand): Promise<LaoV1> {
    assertDlaAdmin(requireCaller(caller));
    return this.ds.transaction(async (em) => {
      const current = await placesRepository.lockLao(em, cmd.code);
      if (!current) throw DomainError.notFound('LAO', cmd.code, 'code');
      const type = cmd.type ?? current.type;
      const typeTh = cmd.typeTh ?? (cmd.type ? TYPE_TH[cmd.type] : null) ?? current.typeTh;
      const nameTh = cmd.nameTh ?? current.nameTh;
      const districtCode = cmd.districtCode ?? current.districtCode;
      assertCodeMatchesDistrict(cmd.code, districtCode);
      const provinceCode = await this.provinceOfDistrict(em, districtCode);
      await placesRepository.updateLao(em, {
        code: cmd.code,
        type,
        typeTh,
        nameTh,
        displayNameTh: laoDisplayName(typeTh, nameTh),
        provinceCode,
        districtCode,
        lat: cmd.lat ?? current.lat,
        lon: cmd.lon ?? current.lon,
      });
      return this.saved(em, cmd.code);
    });
  }

  private async provinceOfDistrict(em: EntityManager, districtCode: string): Promise<string> {
    const provinceCode = await placesRepository.provinceOfDistrict(em, districtCode);
    if (provinceCode === null) throw DomainError.notFound('District', districtCode, 'districtCode');
    return provinceCode;
  }

  /** Reads the row back and raises the event in the same transaction. */
  private async saved(em: EntityManager, code: string): Promise<LaoV1> {
    const lao = (await placesRepository.findLao(em, code))!;
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
