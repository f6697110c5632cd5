import { expandGeodb, servableSubdistricts } from './subdistrict-source.js';
import type { GeodbJson } from './subdistrict-source.js';

/** A compact file in the package's form: A = the first word, 0 = the first whole name of the lookup. */
const sample: GeodbJson = {
  words: 'ดอก|บ้าน',
  lookup: 'ห้วยลาน',
  data: [
    [
      'พะเยา',
      56,
      [
        [
          'Aคำใต้',
          5605,
          [
            ['Aคำใต้', 560501, 56120],
            [0, 560505, [56120, 56121]],
            ['Bถ้ำ', 0, 56120],
          ],
        ],
        ['จตุรพักตร์พิมาน', '', [['หัวช้าง', 450401, 45180]]],
        ['นอกรายการ', 5699, [['ที่ไหน', 569901, 56000]]],
      ],
    ],
  ],
};

const catalog = [
  { code: '5605', provinceCode: '56', nameTh: 'ดอกคำใต้' },
  { code: '5606', provinceCode: '56', nameTh: 'จตุรพักตรพิมาน' },
];

describe('subdistricts from thai-address-database', () => {
  it('expands words, whole names and several postcodes as the package does', () => {
    const rows = expandGeodb(sample);
    // Dok Kham Tai's four rows: the district's columns, then each subdistrict's code, name and postcode
    const dokKhamTai = (code: string, nameTh: string, postalCode: string) => ({
      provinceCode: '56',
      districtCode: '5605',
      districtNameTh: 'ดอกคำใต้',
      code,
      nameTh,
      postalCode,
    });
    expect(rows.slice(0, 4)).toEqual([
      dokKhamTai('560501', 'ดอกคำใต้', '56120'),
      dokKhamTai('560505', 'ห้วยลาน', '56120'),
      dokKhamTai('560505', 'ห้วยลาน', '56121'),
      dokKhamTai('', 'บ้านถ้ำ', '56120'),
    ]);
  });

  it('keeps rows with a code and a postcode in a known district, one per postcode; a district without a code is found by name', () => {
    expect(servableSubdistricts(expandGeodb(sample), catalog)).toEqual([
      { code: '560501', districtCode: '5605', nameTh: 'ดอกคำใต้', postalCode: '56120' },
      { code: '560505', districtCode: '5605', nameTh: 'ห้วยลาน', postalCode: '56120' },
      { code: '560505', districtCode: '5605', nameTh: 'ห้วยลาน', postalCode: '56121' },
      // no district code in the package: matched by name, the thanthakhat aside; the code kept as given
      { code: '450401', districtCode: '5606', nameTh: 'หัวช้าง', postalCode: '45180' },
    ]);
  });

  it('drops a district of another province and repeats of the same row', () => {
    const twice = [...expandGeodb(sample), ...expandGeodb(sample)];
    expect(servableSubdistricts(twice, catalog)).toHaveLength(4);
    expect(
      servableSubdistricts(expandGeodb(sample), [{ code: '5605', provinceCode: '57', nameTh: 'ดอกคำใต้' }]),
    ).toEqual([]);
  });
});
