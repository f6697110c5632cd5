/**
 * The targets table's cells: what a person types or pastes from a spreadsheet, and what PUT /targets takes.
 * The API decides (whole numbers ≥ 0); the page refuses early so nothing half-valid is sent.
 */
export const TARGET_COLUMNS = ['salesCount', 'revenueSatang', 'beneficiaries'] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];
export type TargetCells = Record<TargetColumn, string>;
export type CellError = 'negative' | 'notWhole' | 'empty';

/** A spreadsheet's number: spaces, thousands separators and a baht sign are dropped. */
const clean = (s: string) => s.replace(/[\s,฿]/g, '');

/** The value to send, or why not: counts are whole; revenue is typed in baht with at most 2 decimals (satang). */
export function parseCell(column: TargetColumn, raw: string): { value: number } | { error: CellError } {
  const s = clean(raw);
  if (s === '') return { error: 'empty' };
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return { error: 'notWhole' };
  const n = Number(s);
  if (n < 0) return { error: 'negative' };
  if (column === 'revenueSatang') {
    if (!/^\+?\d+(\.\d{1,2})?$/.test(s)) return { error: 'notWhole' };
    const [whole, frac = ''] = s.replace('+', '').split('.');
    return { value: Number(whole) * 100 + Number(frac.padEnd(2, '0')) };
  }
  return Number.isInteger(n) ? { value: n } : { error: 'notWhole' };
}

/** How a stored target shows in its cell (revenue in baht). */
export function showCell(column: TargetColumn, value: number | undefined): string {
  if (value === undefined) return '';
  if (column !== 'revenueSatang') return String(value);
  return value % 100 ? (value / 100).toFixed(2) : String(value / 100);
}

/**
 * A paste into one cell: one value per line going down, tabs going right, as a spreadsheet copies a
 * block. Returns the cells it fills (row, column index), clipped to the table, or null for a single value
 * (the browser pastes that itself).
 */
export function pasteBlock(
  text: string,
  row: number,
  col: number,
  rows: number,
): Array<{ row: number; col: number; value: string }> | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  if (lines.length === 1 && !lines[0].includes('\t')) return null;
  const out: Array<{ row: number; col: number; value: string }> = [];
  lines.forEach((line, i) =>
    line.split('\t').forEach((value, j) => {
      if (row + i < rows && col + j < TARGET_COLUMNS.length)
        out.push({ row: row + i, col: col + j, value: value.trim() });
    }),
  );
  return out;
}
