import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ReportLevel, SummaryRowV1 } from '@app/contracts';
import type { ReportArea } from './scope.policy.js';
import { placesRepository } from './places.repository.js';

type Queryable = DataSource | EntityManager;

/** One LAO with its place, as every report row names it. */
export interface LaoPlaceRow {
  code: string;
  nameTh: string;
  typeTh: string;
  districtCode: string;
  districtNameTh: string | null;
  provinceCode: string;
  provinceNameTh: string | null;
}

/** A report row's place: an LAO, a district or a province. */
export type DimensionRow = Pick<
  SummaryRowV1,
  'code' | 'nameTh' | 'typeTh' | 'districtCode' | 'districtNameTh' | 'provinceCode' | 'provinceNameTh'
>;

interface Snapshot {
  version: string;
  /** ordered by province, district, LAO code */
  laos: LaoPlaceRow[];
  byCode: Map<string, LaoPlaceRow>;
}

export function inArea(l: Pick<LaoPlaceRow, 'code' | 'districtCode' | 'provinceCode'>, area: ReportArea): boolean {
  return (
    (!area.provinceCode || l.provinceCode === area.provinceCode) &&
    (!area.districtCode || l.districtCode === area.districtCode) &&
    (!area.laoCode || l.code === area.laoCode)
  );
}

/** The key of an LAO's row when a report is grouped by `groupBy` ('' for the whole area). */
export function rowKeyOf(l: LaoPlaceRow, groupBy: ReportLevel | 'total'): string {
  return groupBy === 'lao'
    ? l.code
    : groupBy === 'district'
      ? l.districtCode
      : groupBy === 'province'
        ? l.provinceCode
        : '';
}

/**
 * Every LAO with its district and province names, kept in memory per replica and checked against
 * reference_version (moved by a trigger on any change to the place tables) on each use: one tiny read
 * instead of reading and parsing 7,849 rows for every report. Never stale, so safe with any number of replicas.
 */
@Injectable()
export class PlaceDirectory {
  private snapshot?: Snapshot;

  constructor(private readonly ds: DataSource) {}

  async current(db: Queryable = this.ds): Promise<Snapshot> {
    const version = await placesRepository.version(db);
    if (this.snapshot && this.snapshot.version === version) return this.snapshot;
    const rows = await placesRepository.laos(db);
    const laos = rows.map((r) => ({
      code: r.code,
      nameTh: r.display_name_th,
      typeTh: r.type_th,
      districtCode: r.district_code,
      districtNameTh: r.d_name,
      provinceCode: r.province_code,
      provinceNameTh: r.p_name,
    }));
    // A version read before the rows can only be older than them: the worst case is one more reload.
    this.snapshot = { version, laos, byCode: new Map(laos.map((l) => [l.code, l])) };
    return this.snapshot;
  }

  /** Every LAO, district or province of the area, with names: the report's rows, zeros included. */
  async dimension(groupBy: ReportLevel, area: ReportArea, db: Queryable = this.ds): Promise<DimensionRow[]> {
    const laos = (await this.current(db)).laos.filter((l) => inArea(l, area));
    if (groupBy === 'lao') {
      return laos.map((l) => ({
        code: l.code,
        nameTh: l.nameTh,
        typeTh: l.typeTh,
        districtCode: l.districtCode,
        districtNameTh: l.districtNameTh ?? '',
        provinceCode: l.provinceCode,
        provinceNameTh: l.provinceNameTh ?? '',
      }));
    }
    const out = new Map<string, DimensionRow>();
    for (const l of laos) {
      if (groupBy === 'district' && !out.has(l.districtCode)) {
        out.set(l.districtCode, {
          code: l.districtCode,
          nameTh: l.districtNameTh ?? l.districtCode,
          provinceCode: l.provinceCode,
          provinceNameTh: l.provinceNameTh ?? '',
        });
      }
      if (groupBy === 'province' && !out.has(l.provinceCode))
        out.set(l.provinceCode, { code: l.provinceCode, nameTh: l.provinceNameTh ?? l.provinceCode });
    }
    return [...out.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  async findLao(
    code: string,
    db: Queryable = this.ds,
  ): Promise<{ code: string; districtCode: string; provinceCode: string; nameTh: string } | null> {
    const l = (await this.current(db)).byCode.get(code);
    return l ? { code: l.code, districtCode: l.districtCode, provinceCode: l.provinceCode, nameTh: l.nameTh } : null;
  }
}
