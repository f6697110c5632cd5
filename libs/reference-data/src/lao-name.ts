/**
 * The name an LAO is known by: type + name (เทศบาลเมือง + ดอกคำใต้), unless the name already is the full
 * name (เมืองพัทยา). Equality is plain string comparison: Thai collation ignores punctuation.
 */
export function laoDisplayName(typeTh: string, nameTh: string): string {
  const name = nameTh.trim();
  return name.startsWith(typeTh) ? name : `${typeTh}${name}`;
}
