import { TestSystem } from '@app/testing';
import { expandGeodb, readPackageGeodb } from '../src/geography/subdistrict-source.js';
import { queryDb } from './catalog-fixtures.js';

type Row = { code: string; nameTh: string; nameEn: string | null; postalCode: string };

/** Catalog districts the package has no usable subdistricts for (SOURCES.md): Bueng Kan's eight, whose rows carry no codes, and Wiang Kao. */
const WITHOUT_SUBDISTRICTS = ['3801', '3802', '3803', '3804', '3805', '3806', '3807', '3808', '4029'];

describe('catalog: subdistricts with postcodes (address picker)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });

  const subdistricts = (code: string) => sys.http().get(`/api/v1/districts/${code}/subdistricts`);

  it("lists a district's subdistricts with DOPA codes and postcodes, in Thai order", async () => {
    const res = await subdistricts('5605').expect(200);
    expect(res.body).toHaveLength(12);
    expect(res.body).toContainEqual({ code: '560501', nameTh: 'ดอกคำใต้', nameEn: null, postalCode: '56120' });
    const names = res.body.map((r: Row) => r.nameTh);
    expect(names).toEqual([...names].sort(new Intl.Collator('th').compare));
  });

  it('answers one row per (subdistrict, postcode) where a subdistrict has several postcodes', async () => {
    const res = await subdistricts('7706').expect(200);
    const rows = res.body.filter((r: Row) => r.code === '770601');
    expect(rows.length).toBe(2);
    expect(new Set(rows.map((r: Row) => r.postalCode)).size).toBe(2);
  });

  it('names a malformed code (400) and an unknown district (404)', async () => {
    for (const bad of ['56', '56050', 'abcd']) {
      const res = await subdistricts(bad).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', fields: [{ field: 'code' }] });
    }
    const unknown = await subdistricts('9999').expect(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'code' }] });
  });

  it('gives every catalog district that has subdistricts in the package all of them, and says which have none', async () => {
    const districts = await queryDb<{ code: string }>(sys, 'catalog', `SELECT code FROM districts ORDER BY code`);
    expect(districts).toHaveLength(928);
    const expected = new Map<string, Set<string>>();
    for (const r of expandGeodb(await readPackageGeodb())) {
      if (!/^\d{6}$/.test(r.code) || !/^\d{5}$/.test(r.postalCode) || !r.districtCode) continue;
      expected.set(
        r.districtCode,
        (expected.get(r.districtCode) ?? new Set()).add(`${r.code} ${r.nameTh} ${r.postalCode}`),
      );
    }
    const none: string[] = [];
    const missing: string[] = [];
    // eight requests at a time: 928 districts in a few seconds
    for (let i = 0; i < districts.length; i += 8) {
      await Promise.all(
        districts.slice(i, i + 8).map(async ({ code }) => {
          const res = await subdistricts(code).expect(200);
          const got = new Set(res.body.map((r: Row) => `${r.code} ${r.nameTh} ${r.postalCode}`));
          if (!got.size) none.push(code);
          for (const e of expected.get(code) ?? []) if (!got.has(e)) missing.push(`${code}: ${e}`);
        }),
      );
    }
    console.log(
      `${districts.length - none.length} of ${districts.length} districts have subdistricts; none for ${none.length}: ${none.sort().join(', ')}`,
    );
    expect(missing).toEqual([]);
    expect(none.sort()).toEqual(WITHOUT_SUBDISTRICTS);
  });
});
