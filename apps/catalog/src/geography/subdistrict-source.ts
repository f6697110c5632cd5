import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Subdistricts (ตำบล / แขวง) with their postcodes, from the npm package `thai-address-database` 0.0.30
 * (ISC), file `database/backup/geodb.json`: the only file of the package that carries DOPA codes. It is
 * jquery.Thailand.js's compact form: [province, provinceCode, [[district, districtCode, [[subdistrict,
 * subdistrictCode, postcode | postcode[]]]]]], names written with a word list (`words`, letters A–Z a–z
 * stand for words) and a list of whole names (`lookup`, a number stands for one). Expanded as the
 * package's own `preprocess` in lib/index.js does. What does not line up with the catalog's districts is
 * listed in libs/reference-data/data/SOURCES.md.
 */
export interface GeodbJson {
  data: Array<
    [
      NameRef,
      number | string,
      Array<[NameRef, number | string, Array<[NameRef, number | string, number | string | Array<number | string>]>]>,
    ]
  >;
  lookup: string;
  words: string;
}
type NameRef = string | number;

/** One (subdistrict, postcode) of the package, codes as text ('' where the package has none). */
export interface PackageSubdistrict {
  provinceCode: string;
  districtCode: string;
  districtNameTh: string;
  code: string;
  nameTh: string;
  postalCode: string;
}

export interface SubdistrictRow {
  code: string;
  districtCode: string;
  nameTh: string;
  postalCode: string;
}

export function expandGeodb(db: GeodbJson): PackageSubdistrict[] {
  const lookup = db.lookup.split('|');
  const words = db.words.split('|');
  const name = (ref: NameRef) =>
    (typeof ref === 'number' ? lookup[ref] : ref).replace(/[A-Z]/gi, (m) => {
      const ch = m.charCodeAt(0);
      return words[ch < 97 ? ch - 65 : 26 + ch - 97];
    });
  const text = (v: number | string | undefined) => (v === undefined || v === null || v === 0 ? '' : String(v));
  const out: PackageSubdistrict[] = [];
  for (const [, provinceCode, districts] of db.data) {
    for (const [districtName, districtCode, subdistricts] of districts) {
      for (const [subName, subCode, zips] of subdistricts) {
        for (const zip of Array.isArray(zips) ? zips : [zips]) {
          out.push({
            provinceCode: text(provinceCode),
            districtCode: text(districtCode),
            districtNameTh: name(districtName),
            code: text(subCode),
            nameTh: name(subName),
            postalCode: text(zip),
          });
        }
      }
    }
  }
  return out;
}

export async function readPackageGeodb(): Promise<GeodbJson> {
  const path = createRequire(import.meta.url).resolve('thai-address-database/database/backup/geodb.json');
  return JSON.parse(await readFile(path, 'utf8')) as GeodbJson;
}

export interface CatalogDistrict {
  code: string;
  provinceCode: string;
  nameTh: string;
}

/** The package writes a few district names with a thanthakhat the DOPA list does not (จตุรพักตร์พิมาน). */
const nameKey = (provinceCode: string, nameTh: string) => `${provinceCode}/${nameTh.replace(/\u0E4C/g, '')}`;

/**
 * The package's rows the catalog can serve: a 6-digit code (islands and some newer แขวง have none), a
 * 5-digit postcode, and a district the catalog knows in the same province — by its code, or where the
 * package gives none (จตุรพักตรพิมาน, กัลยาณิวัฒนา) by its Thai name in the province. The code is kept as
 * the package gives it, also where it still begins with the district the subdistrict belonged to before
 * a split (SOURCES.md counts them). One row per (district, subdistrict, postcode).
 */
export function servableSubdistricts(rows: PackageSubdistrict[], districts: CatalogDistrict[]): SubdistrictRow[] {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const byName = new Map(districts.map((d) => [nameKey(d.provinceCode, d.nameTh), d]));
  const seen = new Set<string>();
  const out: SubdistrictRow[] = [];
  for (const r of rows) {
    if (!/^\d{6}$/.test(r.code) || !/^\d{5}$/.test(r.postalCode)) continue;
    const district = r.districtCode
      ? byCode.get(r.districtCode)
      : byName.get(nameKey(r.provinceCode, r.districtNameTh));
    if (!district || district.provinceCode !== r.provinceCode) continue;
    const key = `${district.code}/${r.code}/${r.postalCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: r.code, districtCode: district.code, nameTh: r.nameTh, postalCode: r.postalCode });
  }
  return out;
}
