import type { ReportLevel, SummaryRowV1, SummaryV1 } from '@app/contracts';
import type { Cell } from './cells.js';

/**
 * The DLA shared sheet's layout: the Thai headers exactly as the sheet has them. District and province
 * levels drop the LAO columns. Each figure is followed by its target and percentage where targets exist.
 */
export type ColumnKind = 'int' | 'baht' | 'pct' | 'text';

export interface Column {
  header: string;
  kind: ColumnKind;
  value: (r: SummaryRowV1, index: number) => Cell;
  /** the totals row's cell */
  total?: (t: SummaryV1['totals']) => Cell;
  width: number;
}

export const HEADERS = {
  no: 'ลำดับ',
  laoCode: 'รหัส อปท.',
  laoType: 'ประเภท อปท.',
  laoName: 'ชื่อ อปท.',
  district: 'อำเภอ',
  province: 'จังหวัด',
  sales: 'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)',
  revenue: 'รายรับ (บาท)',
  beneficiaries: 'จำนวนผู้ได้รับประโยชน์ (คน)',
  target: 'เป้าหมาย',
  percent: 'ร้อยละ',
  contentLinks: 'จำนวนลิงก์เนื้อหา',
  total: 'รวม',
} as const;

export const SHEET_NAMES: Record<ReportLevel | 'links', string> = {
  lao: 'อปท.',
  district: 'อำเภอ',
  province: 'จังหวัด',
  links: 'ลิงก์เนื้อหา',
};

const baht = (satang: number | undefined) => (satang === undefined ? null : satang / 100);

export function columnsFor(level: ReportLevel, withTargets: boolean): Column[] {
  const place: Column[] =
    level === 'lao'
      ? [
          { header: HEADERS.laoCode, kind: 'text', value: (r) => r.code, width: 11 },
          { header: HEADERS.laoType, kind: 'text', value: (r) => r.typeTh ?? '', width: 22 },
          { header: HEADERS.laoName, kind: 'text', value: (r) => r.nameTh, width: 34 },
          { header: HEADERS.district, kind: 'text', value: (r) => r.districtNameTh ?? '', width: 18 },
          { header: HEADERS.province, kind: 'text', value: (r) => r.provinceNameTh ?? '', width: 16 },
        ]
      : level === 'district'
        ? [
            { header: HEADERS.district, kind: 'text', value: (r) => r.nameTh, width: 20 },
            { header: HEADERS.province, kind: 'text', value: (r) => r.provinceNameTh ?? '', width: 16 },
          ]
        : [{ header: HEADERS.province, kind: 'text', value: (r) => r.nameTh, width: 18 }];
  const metric = (
    header: string,
    kind: ColumnKind,
    key: 'salesCount' | 'revenueSatang' | 'beneficiaries',
  ): Column[] => {
    const conv = (n: number | undefined) => (kind === 'baht' ? baht(n) : (n ?? null));
    const cols: Column[] = [{ header, kind, value: (r) => conv(r[key]), total: (t) => conv(t[key]), width: 16 }];
    if (withTargets) {
      cols.push(
        {
          header: HEADERS.target,
          kind,
          value: (r) => conv(r.target?.[key]),
          total: (t) => conv(t.target?.[key]),
          width: 14,
        },
        {
          header: HEADERS.percent,
          kind: 'pct',
          value: (r) => r.progress?.[key] ?? null,
          total: (t) => t.progress?.[key] ?? null,
          width: 9,
        },
      );
    }
    return cols;
  };
  return [
    { header: HEADERS.no, kind: 'int', value: (_r, i) => i + 1, total: () => HEADERS.total, width: 7 },
    ...place,
    ...metric(HEADERS.sales, 'int', 'salesCount'),
    ...metric(HEADERS.revenue, 'baht', 'revenueSatang'),
    ...metric(HEADERS.beneficiaries, 'int', 'beneficiaries'),
    {
      header: HEADERS.contentLinks,
      kind: 'int',
      value: (r) => r.contentLinks,
      total: (t) => t.contentLinks,
      width: 14,
    },
  ];
}

export function hasTargets(report: Pick<SummaryV1, 'rows' | 'totals'>): boolean {
  return !!report.totals.target || report.rows.some((r) => r.target);
}

export const LINK_HEADERS = [HEADERS.no, HEADERS.laoCode, HEADERS.laoName, 'แพลตฟอร์ม', 'วันที่เผยแพร่', 'URL'] as const;
