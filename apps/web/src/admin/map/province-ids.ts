/**
 * The map (@svg-maps/thailand, CC-BY-4.0) names its 77 provinces in English with its own ids ("pyo":
 * Phayao) and adds a lake ("lksg"); the API knows provinces by their 2-digit DOPA code with an English
 * name (GET /api/v1/provinces). Names are matched ignoring case, spaces and dashes; the few the two
 * sources spell differently are listed here. A test checks all 77 match.
 */
const SPELLINGS: Record<string, string> = { loburi: 'lopburi' };

const key = (name: string): string => {
  const k = name.toLowerCase().replace(/[^a-z]/g, '');
  return SPELLINGS[k] ?? k;
};

/** Map location id → province code, for every location that is a province (the lake is left out). */
export function provinceCodesByMapId(
  locations: Array<{ id: string; name: string }>,
  provinces: Array<{ code: string; nameEn: string }>,
): Map<string, string> {
  const byName = new Map(provinces.map((p) => [key(p.nameEn), p.code]));
  const out = new Map<string, string>();
  for (const l of locations) {
    const code = byName.get(key(l.name));
    if (code) out.set(l.id, code);
  }
  return out;
}
