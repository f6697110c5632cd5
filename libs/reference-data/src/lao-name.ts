/**
 * The name an LAO is known by: type + name (เทศบาลเมือง + ดอกคำใต้), unless the name already is the full
 * name (เมืองพัทยา). Equality is plain string comparison: Thai collation ignores punctuation.
 */
export function laoDisplayName(typeTh: string, nameTh: string): string {
  const name = nameTh.trim();
  return name.startsWith(typeTh) ? name : `${typeTh}${name}`;
}

/** The columns of an LAO that every service's `laos` table has, filled from laos.csv by `laoValues`. */
export const LAO_COLUMNS = ['code', 'type', 'type_th', 'name_th', 'display_name_th', 'district_code', 'province_code'];

/** A row of laos.csv as the values of LAO_COLUMNS: its DLA code, type, names (and display name) and place. */
export function laoValues(l: Record<string, string>): string[] {
  return [
    l.dla_code,
    l.type,
    l.type_th,
    l.name_th,
    laoDisplayName(l.type_th, l.name_th),
    l.district_code,
    l.province_code,
  ];
}
