import type { Caller, ReportLevel } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';

/** The area a report covers, after the caller's rights are applied. Empty = the whole nation. */
export interface ReportArea {
  provinceCode?: string;
  districtCode?: string;
  laoCode?: string;
  /** producer callers: only their own orders */
  producerId?: string;
}

export interface RequestedArea {
  provinceCode?: string;
  districtCode?: string;
  laoCode?: string;
}

/** Where a requested LAO lies (looked up by the service before the policy decides). */
export interface LaoPlace {
  code: string;
  districtCode: string;
  provinceCode: string;
}

const forbidden = (what: string) => DomainError.forbidden(`You may not see ${what}`);

/**
 * Who sees what — the one place it is decided. dla_admin: everything; province_admin: its province;
 * lao_admin: its LAO; producer: its own figures. Asking for anything wider is FORBIDDEN, never silently
 * narrowed, so a client cannot mistake a partial figure for the whole.
 */
export function reportArea(
  callerOrNull: Caller | null,
  req: RequestedArea,
  groupBy: ReportLevel,
  lao: LaoPlace | null,
): ReportArea {
  const caller = requireCaller(callerOrNull);
  const area: ReportArea = { provinceCode: req.provinceCode, districtCode: req.districtCode, laoCode: req.laoCode };
  if (req.districtCode && req.provinceCode && !req.districtCode.startsWith(req.provinceCode)) {
    throw DomainError.validation('districtCode', `district ${req.districtCode} is not in province ${req.provinceCode}`);
  }
  // After the caller's rights: asking outside them is 403 whatever else is wrong with the request.
  const consistent = <T>(a: T): T => {
    if (lao && req.provinceCode && lao.provinceCode !== req.provinceCode)
      throw DomainError.validation('laoCode', `LAO ${lao.code} is not in province ${req.provinceCode}`);
    if (lao && req.districtCode && lao.districtCode !== req.districtCode)
      throw DomainError.validation('laoCode', `LAO ${lao.code} is not in district ${req.districtCode}`);
    return a;
  };
  if (caller.roles.includes('dla_admin')) return consistent(area);
  if (caller.roles.includes('province_admin')) {
    const own = caller.provinceCode;
    if (!own) throw forbidden('reports: your account is not bound to a province');
    if (req.provinceCode && req.provinceCode !== own) throw forbidden(`province ${req.provinceCode}`);
    if (req.districtCode && !req.districtCode.startsWith(own)) throw forbidden(`district ${req.districtCode}`);
    if (lao && lao.provinceCode !== own) throw forbidden(`LAO ${lao.code}`);
    return consistent({ ...area, provinceCode: own });
  }
  if (caller.roles.includes('lao_admin')) {
    const own = caller.laoCode;
    if (!own) throw forbidden('reports: your account is not bound to an LAO');
    if (req.laoCode && req.laoCode !== own) throw forbidden(`LAO ${req.laoCode}`);
    if (req.provinceCode || req.districtCode) throw forbidden('a district or province: your reports cover your LAO');
    if (groupBy !== 'lao') throw forbidden(`figures by ${groupBy}: your reports cover your LAO`);
    return { laoCode: own };
  }
  if (caller.roles.includes('producer')) {
    if (!caller.producerId) throw forbidden('reports: your account is not bound to a producer');
    return consistent({ ...area, producerId: caller.producerId });
  }
  throw forbidden('reports');
}

/** The most specific place an area names (its total is that place's figures), or the nation. */
export function areaLevel(area: ReportArea): { level: 'lao' | 'district' | 'province' | 'nation'; code: string } {
  if (area.laoCode) return { level: 'lao', code: area.laoCode };
  if (area.districtCode) return { level: 'district', code: area.districtCode };
  if (area.provinceCode) return { level: 'province', code: area.provinceCode };
  return { level: 'nation', code: '' };
}

/** Who may set a target for an LAO (given its place) or a province. */
export function assertMaySetTarget(
  callerOrNull: Caller | null,
  target: { laoCode?: string; provinceCode?: string },
  lao: LaoPlace | null,
): void {
  const caller = requireCaller(callerOrNull);
  if (caller.roles.includes('dla_admin')) return;
  if (caller.roles.includes('province_admin') && caller.provinceCode) {
    const province = lao ? lao.provinceCode : target.provinceCode;
    if (province === caller.provinceCode) return;
    throw forbidden(`targets outside province ${caller.provinceCode}`);
  }
  throw DomainError.forbidden('Only a province_admin (its province and LAOs) or a dla_admin sets targets');
}

/** The area a submission covers: an admin submits its own area. */
export function submissionArea(callerOrNull: Caller | null): { level: 'nation' | 'province' | 'lao'; code: string } {
  const caller = requireCaller(callerOrNull);
  if (caller.roles.includes('dla_admin')) return { level: 'nation', code: '' };
  if (caller.roles.includes('province_admin') && caller.provinceCode)
    return { level: 'province', code: caller.provinceCode };
  if (caller.roles.includes('lao_admin') && caller.laoCode) return { level: 'lao', code: caller.laoCode };
  throw DomainError.forbidden('Only an LAO, province or DLA admin submits report figures');
}
