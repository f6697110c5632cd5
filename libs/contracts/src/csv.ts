/**
 * The one home of the CSV cells the system writes (reporting's exports and XLSX sheets, the farmer's
 * packing list). Not a contract as such, but the one library every service already imports; a second
 * copy of this rule is how the packing list missed tab and CR before.
 *
 * Spreadsheet safety: a cell that begins with = + - @ tab or CR is read by Excel/Sheets/LibreOffice as a
 * formula (CSV injection, OWASP). Such text gets a leading apostrophe, which spreadsheets display as text.
 * Numbers are never touched: they are written as numbers.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | null | undefined;

/** One CSV field: neutralised, quoted when needed (RFC 4180). */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const s = neutraliseCell(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: CsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** A whole CSV document: UTF-8 BOM (so spreadsheets show Thai text), CRLF line ends. */
export function csvDocument(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
