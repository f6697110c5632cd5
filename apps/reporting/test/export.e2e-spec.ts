import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { CatalogEvents, OrderEvents } from '@app/contracts';
import { eventually } from '@app/testing';
import { completedOrder, laosOf, useReportingSystem } from './support.js';

const FIGURE_HEADERS = [
  'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)',
  'เป้าหมาย',
  'ร้อยละ',
  'รายรับ (บาท)',
  'เป้าหมาย',
  'ร้อยละ',
  'จำนวนผู้ได้รับประโยชน์ (คน)',
  'เป้าหมาย',
  'ร้อยละ',
  'จำนวนลิงก์เนื้อหา',
];
const LAO_HEADERS = ['ลำดับ', 'รหัส อปท.', 'ประเภท อปท.', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', ...FIGURE_HEADERS];

/** supertest body parser keeping the raw bytes (BOM included). */
function binary(res: import('supertest').Response, cb: (err: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('reporting export and month submissions', () => {
  const t = useReportingSystem();

  const exportFile = (token: string, query: Record<string, string | number>) =>
    t.sys
      .http()
      .get('/api/v1/reports/export')
      .set('authorization', `Bearer ${token}`)
      .query(query)
      .buffer(true)
      .parse(binary);

  it("exports CSV and XLSX in the DLA sheet's layout, every header and total read back, formula injection neutralised", async () => {
    const laos = laosOf('56');
    const [a, b] = laos;
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(a, { goodsTotalSatang: 123_450, producerMemberCount: 12, producerKind: 'community_enterprise' }),
    );
    await t.bus.publish(OrderEvents.completed, completedOrder(b, { goodsTotalSatang: 1_005 }));
    await t.bus.publish(CatalogEvents.contentLinkPublished, {
      contentLinkId: randomUUID(),
      url: '=HYPERLINK("http://evil.example","click")',
      platform: 'facebook',
      productId: null,
      producerId: null,
      publishedAt: '2026-03-03T02:00:00Z',
      laoCode: a.code,
      districtCode: a.districtCode,
      provinceCode: '56',
    });
    // an LAO name that is a formula (a dla_admin's correction event carries any text)
    await t.bus.publish(CatalogEvents.laoUpserted, {
      ...b,
      laoCode: b.code,
      type: 'subdistrict_admin_org',
      nameTh: '@SUM(1)',
      displayNameTh: '@SUM(1)',
    });
    await t.sys
      .http()
      .put('/api/v1/targets')
      .set('authorization', `Bearer ${t.admin}`)
      .send({ fiscalYear: 2569, provinceCode: '56', salesCount: 4, revenueSatang: 1_000_000, beneficiaries: 26 })
      .expect(200);
    const q = { fiscalYear: 2569, provinceCode: '56', groupBy: 'lao' };
    await eventually(async () => {
      const totals = (
        await t.sys.http().get('/api/v1/reports/summary').set('authorization', `Bearer ${t.admin}`).query(q).expect(200)
      ).body.totals;
      expect(totals).toMatchObject({ salesCount: 2, revenueSatang: 124_455, beneficiaries: 13, contentLinks: 1 });
    });

    const csvRes = await exportFile(t.admin, { ...q, format: 'csv' }).expect(200);
    expect(csvRes.headers['content-type']).toContain('text/csv');
    expect(csvRes.headers['content-disposition']).toMatch(/attachment; filename="report-lao-2569-.*\.csv"/);
    const csvBuf: Buffer = csvRes.body;
    expect([...csvBuf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(csvBuf.toString('utf8').slice(1), { relax_column_count: true });
    expect(records[0][0]).toContain('จังหวัดพะเยา');
    expect(records[1][0]).toContain('ปีงบประมาณ พ.ศ. 2569');
    expect(records[2][0]).toMatch(/^จัดทำเมื่อ \d+ .+ 25\d\d \d\d:\d\d น\.$/);
    const header = records[4];
    expect(header).toEqual(LAO_HEADERS);
    const body = records.slice(5, -1);
    expect(body).toHaveLength(laos.length);
    const rowA = body.find((r) => r[1] === a.code)!;
    expect(rowA[6]).toBe('1');
    expect(rowA[9]).toBe('1234.50');
    expect(rowA[12]).toBe('12');
    expect(body.find((r) => r[1] === b.code)![3]).toBe("'@SUM(1)");
    const totals = records[records.length - 1];
    expect(totals[0]).toBe('รวม');
    expect(totals.slice(6)).toEqual(['2', '4', '50', '1244.55', '10000.00', '12.4', '13', '26', '50', '1']);

    const xlsxRes = await exportFile(t.admin, { ...q, format: 'xlsx' }).expect(200);
    expect(xlsxRes.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxRes.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['อปท.', 'อำเภอ', 'จังหวัด', 'ลิงก์เนื้อหา']);
    const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);
    const laoSheet = wb.getWorksheet('อปท.')!;
    expect(String(laoSheet.getCell('A1').value)).toContain('จังหวัดพะเยา');
    expect(values(laoSheet, 5)).toEqual(LAO_HEADERS);
    expect(laoSheet.rowCount).toBe(5 + laos.length + 1);
    const xRowA = laoSheet.getRows(6, laos.length)!.find((r) => r.getCell(2).value === a.code)!;
    expect(xRowA.getCell(10).value).toBe(1234.5);
    expect(xRowA.getCell(10).numFmt).toBe('#,##0.00');
    expect(typeof xRowA.getCell(7).value).toBe('number');
    const xTotals = values(laoSheet, laoSheet.rowCount);
    expect(xTotals[0]).toBe('รวม');
    expect(xTotals.slice(6)).toEqual([2, 4, 50, 1244.55, 10000, 12.4, 13, 26, 50, 1]);
    expect(
      laoSheet
        .getRows(6, laos.length)!
        .find((r) => r.getCell(2).value === b.code)!
        .getCell(4).value,
    ).toBe("'@SUM(1)");

    const districtSheet = wb.getWorksheet('อำเภอ')!;
    expect(values(districtSheet, 5)).toEqual(['ลำดับ', 'อำเภอ', 'จังหวัด', ...FIGURE_HEADERS]);
    expect(values(districtSheet, districtSheet.rowCount).slice(3)).toEqual([
      2, 4, 50, 1244.55, 10000, 12.4, 13, 26, 50, 1,
    ]);
    const provinceSheet = wb.getWorksheet('จังหวัด')!;
    expect(values(provinceSheet, 5)).toEqual(['ลำดับ', 'จังหวัด', ...FIGURE_HEADERS]);
    expect(values(provinceSheet, 6)).toEqual([1, 'พะเยา', 2, 4, 50, 1244.55, 10000, 12.4, 13, 26, 50, 1]);
    const links = wb.getWorksheet('ลิงก์เนื้อหา')!;
    expect(values(links, 5)).toEqual(['ลำดับ', 'รหัส อปท.', 'ชื่อ อปท.', 'แพลตฟอร์ม', 'วันที่เผยแพร่', 'URL']);
    expect(values(links, 6)).toEqual([
      1,
      a.code,
      expect.any(String),
      'facebook',
      '3 มี.ค. 2569',
      `'=HYPERLINK("http://evil.example","click")`,
    ]);

    // no consumer identifier anywhere
    const allText = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues())) + csvBuf.toString('utf8');
    expect(allText).not.toMatch(/consumer/i);
  });

  it('exports a district-level CSV without the LAO columns', async () => {
    const res = await exportFile(t.admin, {
      fiscalYear: 2569,
      provinceCode: '52',
      groupBy: 'district',
      format: 'csv',
    }).expect(200);
    const records: string[][] = parse(res.body.toString('utf8').slice(1), { relax_column_count: true });
    expect(records[4]).toEqual([
      'ลำดับ',
      'อำเภอ',
      'จังหวัด',
      'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)',
      'รายรับ (บาท)',
      'จำนวนผู้ได้รับประโยชน์ (คน)',
      'จำนวนลิงก์เนื้อหา',
    ]);
    expect(records[records.length - 1]).toEqual(['รวม', '', '', '0', '0.00', '0', '0']);
  });

  it('freezes a submitted month and shows later events as adjustments in the next month', async () => {
    const [lao] = laosOf('66');
    const pa = await t.sys.userWithRole('province_admin', { provinceCode: '66' });
    const la = await t.sys.userWithRole('lao_admin', { laoCode: lao.code });
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, { completedAt: '2026-06-10T03:00:00Z', goodsTotalSatang: 5_000 }),
    );
    const month = (token: string, m: string) =>
      t.sys.http().get('/api/v1/reports/summary').set('authorization', `Bearer ${token}`).query({ month: m });
    const submit = (token: string, m: string) =>
      t.sys.http().post('/api/v1/reports/submissions').set('authorization', `Bearer ${token}`).send({ month: m });
    await eventually(async () =>
      expect((await month(pa.token, '2026-06').expect(200)).body.totals).toMatchObject({ salesCount: 1 }),
    );

    const submitted = await submit(pa.token, '2026-06').expect(201);
    expect(submitted.body).toMatchObject({
      month: '2026-06',
      areaLevel: 'province',
      areaCode: '66',
      totals: { salesCount: 1, revenueSatang: 5_000 },
    });
    const again = await submit(pa.token, '2026-06').expect(409);
    expect(again.body.code).toBe('DUPLICATE');
    const future = await submit(pa.token, '2099-01').expect(400);
    expect(future.body.fields[0].field).toBe('month');
    const consumer = await t.sys.userWithRole('consumer');
    await submit(consumer.token, '2026-06').expect(403);

    // a late completion for June
    await t.bus.publish(
      OrderEvents.completed,
      completedOrder(lao, { completedAt: '2026-06-20T03:00:00Z', goodsTotalSatang: 7_000 }),
    );
    await eventually(async () => {
      const july = (await month(pa.token, '2026-07').expect(200)).body;
      expect(july.adjustments).toMatchObject({
        month: '2026-06',
        submissionId: submitted.body.id,
        totals: { salesCount: 1, revenueSatang: 7_000 },
      });
      expect(july.adjustments.rows).toEqual([
        expect.objectContaining({ code: lao.code, salesCount: 1, revenueSatang: 7_000 }),
      ]);
    });
    const june = (await month(pa.token, '2026-06').expect(200)).body;
    expect(june.submission).toMatchObject({ id: submitted.body.id });
    expect(june.totals).toMatchObject({ salesCount: 1, revenueSatang: 5_000 });
    // the LAO admin's own (unsubmitted) view is live
    expect((await month(la.token, '2026-06').expect(200)).body.totals).toMatchObject({
      salesCount: 2,
      revenueSatang: 12_000,
    });

    const list = await t.sys
      .http()
      .get('/api/v1/reports/submissions')
      .set('authorization', `Bearer ${pa.token}`)
      .query({ fiscalYear: 2569 })
      .expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: submitted.body.id, month: '2026-06', areaCode: '66' })]);
    expect(
      (await t.sys.http().get('/api/v1/reports/submissions').set('authorization', `Bearer ${la.token}`).expect(200))
        .body,
    ).toEqual([]);
  });
});
