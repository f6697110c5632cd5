import type { Me } from '../api/types';

/**
 * Where a dashboard looks: the nation, a province, a district or an LAO, read from the console's path
 * (`/provinces/56`, `/districts/5605`, `/laos/4560501`; nothing: the signed-in user's own area). The API
 * decides what each role may see; a path outside it answers 403 and the page says so.
 */
export type Level = 'nation' | 'province' | 'district' | 'lao';
export interface Area {
  level: Level;
  code: string;
}

const SEGMENT: Record<Exclude<Level, 'nation'>, string> = { province: 'provinces', district: 'districts', lao: 'laos' };

export function homeArea(me: Me): Area {
  if (me.roles.includes('dla_admin')) return { level: 'nation', code: '' };
  if (me.roles.includes('province_admin') && me.provinceCode) return { level: 'province', code: me.provinceCode };
  return { level: 'lao', code: me.laoCode ?? '' };
}

/** The area of a path such as `/provinces/56`, or null when the path names none. */
export function areaFromPath(rest: string): Area | null {
  const [seg, code, ...more] = rest.split('/').filter(Boolean);
  if (!seg) return null;
  if (more.length) return null;
  if (seg === 'provinces' && /^\d{2}$/.test(code ?? '')) return { level: 'province', code };
  if (seg === 'districts' && /^\d{4}$/.test(code ?? '')) return { level: 'district', code };
  if (seg === 'laos' && /^\d{7}$/.test(code ?? '')) return { level: 'lao', code };
  return null;
}

export const areaPath = (a: Area): string => (a.level === 'nation' ? '' : `/${SEGMENT[a.level]}/${a.code}`);

/** The API's area parameters. */
export function areaParams(a: Area): { provinceCode?: string; districtCode?: string; laoCode?: string } {
  if (a.level === 'province') return { provinceCode: a.code };
  if (a.level === 'district') return { districtCode: a.code };
  if (a.level === 'lao') return { laoCode: a.code };
  return {};
}

/** The level of the rows listed under an area (an LAO lists itself). */
export function childLevel(level: Level): 'province' | 'district' | 'lao' {
  return level === 'nation' ? 'province' : level === 'province' ? 'district' : 'lao';
}

export function canSetTargets(me: Me): boolean {
  return me.roles.includes('dla_admin') || me.roles.includes('province_admin');
}
