import type { PackingRowV1 } from './packing.service.js';

const COLUMNS: Array<keyof PackingRowV1> = [
  'reservationId', 'status', 'day', 'reservedAt', 'fulfilment', 'pickupPointName', 'pickupPointId', 'deliveryAddress',
  'requested', 'quantity', 'allocated', 'toPack', 'orderId', 'consumerId',
];

/** RFC 4180 CSV with a UTF-8 BOM so spreadsheet programs show Thai text correctly. */
export function toCsv(rows: PackingRowV1[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    // a leading = + - @ would be read as a formula by spreadsheets
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\uFEFF' + [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
