import { PassThrough } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { csvDocument } from '@app/contracts';
import type { Caller, ReportContentLinkV1, ExportFileV1, ExportQuery, ReportLevel, SummaryV1 } from '@app/contracts';
import { bangkokDateTimeTh, bangkokDay, dayTh, Period } from '../periods/period.js';
import { FiguresRepository } from '../summary/figures.repository.js';
import type { ReportArea } from '../summary/scope.policy.js';
import { ComputedReport, LEVELS_UP, SummaryService } from '../summary/summary.service.js';
import { Cell, csvLine, neutralise } from './cells.js';
import { columnsFor, hasTargets, LINK_HEADERS, SHEET_NAMES } from './layout.js';

const TITLE = 'รายงานผลการดำเนินงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Exports in the DLA sheet's layout. Only programme figures and place names go in: no consumer's name,
 * phone or address exists in the read model to begin with.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly summary: SummaryService,
    private readonly figures: FiguresRepository,
  ) {}

  async export(caller: Caller | null, q: ExportQuery, now = new Date()): Promise<ExportFileV1> {
    const { period, groupBy, area } = await this.summary.resolve(caller, q);
    const title = [`${TITLE} ${await this.areaLabel(area)}`, `${period.labelTh}`, `จัดทำเมื่อ ${bangkokDateTimeTh(now)}`];
    const base = `report-${groupBy}-${period.fiscalYear ?? period.month ?? `${period.from}_${period.to}`}-${bangkokDay(now)}`;
    if (q.format === 'csv') {
      const report = await this.summary.compute(period, groupBy, area);
      const lines = [...title.map((t) => csvLine([t])), '', ...tableRows(groupBy, report).map(csvRow)];
      return {
        filename: `${base}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: Buffer.from(csvDocument(lines), 'utf8').toString('base64'),
      };
    }
    // The streaming writer with inline strings: the in-memory workbook took ~5 s for a national export.
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
      zip: { zlib: { level: 6 } },
    });
    wb.created = now;
    wb.creator = 'ของดีบ้านเรา';
    for (const level of LEVELS_UP[groupBy]) {
      addTableSheet(wb, level, title, await this.summary.compute(period, level, area));
    }
    addLinksSheet(wb, title, await this.summary.listContentLinks(period, area));
    await wb.commit();
    const buf = Buffer.concat(chunks);
    return { filename: `${base}.xlsx`, contentType: XLSX_TYPE, content: buf.toString('base64') };
  }

  private async areaLabel(area: ReportArea): Promise<string> {
    if (area.laoCode) return (await this.figures.findLao(area.laoCode))?.nameTh ?? area.laoCode;
    if (area.districtCode)
      return `อำเภอ${(await this.figures.dimension('district', area))[0]?.nameTh ?? area.districtCode}`;
    if (area.provinceCode)
      return `จังหวัด${(await this.figures.dimension('province', area))[0]?.nameTh ?? area.provinceCode}`;
    return 'ทั้งประเทศ';
  }
}

type Row = { cells: Cell[]; kinds: string[]; header?: boolean; total?: boolean };

/** Header, one row per member, totals row — shared by CSV and XLSX so both have the same content. */
function tableRows(level: ReportLevel, report: ComputedReport): Row[] {
  const cols = columnsFor(level, hasTargets(report));
  const kinds = cols.map((c) => c.kind);
  return [
    { cells: cols.map((c) => c.header), kinds: kinds.map(() => 'text'), header: true },
    ...report.rows.map((r, i) => ({ cells: cols.map((c) => c.value(r, i)), kinds })),
    {
      cells: cols.map((c) => (c.total ? c.total(report.totals as SummaryV1['totals']) : null)),
      kinds: ['text', ...kinds.slice(1)],
      total: true,
    },
  ];
}

function csvRow(row: Row): string {
  return csvLine(
    row.cells.map((v, i) => (typeof v === 'number' && row.kinds[i] === 'baht' ? (v.toFixed(2) as unknown as Cell) : v)),
  );
}

const FORMATS: Record<string, string | undefined> = { int: '#,##0', baht: '#,##0.00', pct: '0.0' };

/** A sheet written row by row (streaming writer): widths and frozen header first, each row committed. */
function startSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string[],
  widths: number[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: title.length + 2 }] });
  ws.columns = widths.map((width) => ({ width }));
  title.forEach((t, i) => {
    const row = ws.addRow([neutralise(t)]);
    if (i === 0) row.font = { bold: true, size: 14 };
    row.commit();
  });
  ws.addRow([]).commit();
  return ws;
}

function addTableSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  level: ReportLevel,
  title: string[],
  report: ComputedReport,
): void {
  const cols = columnsFor(level, hasTargets(report));
  const ws = startSheet(
    wb,
    SHEET_NAMES[level],
    title,
    cols.map((c) => c.width),
  );
  for (const row of tableRows(level, report)) {
    const added = ws.addRow(row.cells.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
    if (row.header || row.total) added.font = { bold: true };
    if (!row.header) row.kinds.forEach((k, i) => FORMATS[k] && (added.getCell(i + 1).numFmt = FORMATS[k]!));
    added.commit();
  }
  ws.commit();
}

function addLinksSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, title: string[], links: ReportContentLinkV1[]): void {
  const ws = startSheet(wb, SHEET_NAMES.links, title, [7, 11, 34, 12, 16, 60]);
  const header = ws.addRow([...LINK_HEADERS]);
  header.font = { bold: true };
  header.commit();
  links.forEach((l, i) =>
    ws
      .addRow([
        i + 1,
        neutralise(l.laoCode),
        neutralise(l.laoNameTh),
        neutralise(l.platform),
        dayTh(bangkokDay(l.publishedAt)),
        neutralise(l.url),
      ])
      .commit(),
  );
  ws.commit();
}

export type { Period };
