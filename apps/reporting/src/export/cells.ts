/**
 * Spreadsheet safety: a cell that begins with = + - @ tab or CR is read by Excel/Sheets as a formula
 * (CSV injection). Such text gets a leading apostrophe, the convention spreadsheets display as text.
 * Numbers are never touched: they are written as numbers.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type Cell = string | number | null;

/** One CSV field: neutralised, quoted when needed (RFC 4180). */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const s = neutralise(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvField).join(',');
}
