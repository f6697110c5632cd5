import { csvDocument, csvLine } from '@app/contracts';
import type { PackingRowV1 } from '@app/contracts';

const COLUMNS: Array<keyof PackingRowV1> = [
  'reservationId',
  'status',
  'day',
  'reservedAt',
  'fulfilment',
  'pickupPointName',
  'pickupPointId',
  'deliveryAddress',
  'requested',
  'quantity',
  'allocated',
  'toPack',
  'orderId',
  'consumerId',
];

/** RFC 4180 CSV with a UTF-8 BOM; cells through the system's one CSV rule (libs/contracts/src/csv.ts). */
export function toCsv(rows: PackingRowV1[]): string {
  return csvDocument([
    COLUMNS.join(','),
    ...rows.map((r) => csvLine(COLUMNS.map((c) => r[c] as string | number | null))),
  ]);
}
