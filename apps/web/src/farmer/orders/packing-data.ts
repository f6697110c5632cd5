import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Batch, OrderList } from '../../api/types';

export type PackingView =
  paths['/api/v1/batches/{id}/reservations']['get']['responses'][200]['content']['application/json'];
export type PackingRow = PackingView['reservations'][number];
export type OrderSummary = OrderList['items'][number];

/** One pickup point (or home delivery) of the list, its rows split by the day they were reserved. */
export interface PackingGroup {
  key: string;
  name: string | null;
  pickupPointId: string | null;
  quantity: number;
  days: Array<{ day: string; rows: PackingRow[] }>;
}

export interface PackingData {
  batch: Batch;
  groups: PackingGroup[];
  orders: Map<string, OrderSummary>;
}

const PAGE = 100;

/** The packing view (what to pack, where, which day) with the batch and each row's order (its status). */
export async function loadPacking(batchId: string): Promise<PackingData> {
  const [view, batch, orders] = await Promise.all([
    call(api.GET('/api/v1/batches/{id}/reservations', { params: { path: { id: batchId } } })),
    call(api.GET('/api/v1/batches/{id}', { params: { path: { id: batchId } } })),
    batchOrders(batchId),
  ]);
  // JSON by default; the route also answers text/csv (downloadCsv), hence the union in its type
  return { batch, groups: groupRows((view as PackingView).reservations), orders };
}

async function batchOrders(batchId: string): Promise<Map<string, OrderSummary>> {
  const out = new Map<string, OrderSummary>();
  for (let page = 1; ; page++) {
    const list = await call(api.GET('/api/v1/orders', { params: { query: { batchId, page, pageSize: PAGE } } }));
    for (const o of list.items) out.set(o.id, o);
    if (list.items.length < PAGE || out.size >= list.total) return out;
  }
}

/** Rows that still have something to pack, per pickup point (delivery last), then per day. */
export function groupRows(rows: PackingRow[]): PackingGroup[] {
  const groups = new Map<string, PackingGroup>();
  for (const r of rows) {
    if (!r.toPack) continue;
    const key = r.fulfilment === 'delivery' ? 'delivery' : (r.pickupPointId ?? 'unknown');
    const g = groups.get(key) ?? {
      key,
      name: r.fulfilment === 'delivery' ? null : r.pickupPointName,
      pickupPointId: r.pickupPointId,
      quantity: 0,
      days: [],
    };
    g.quantity += r.toPack;
    const d = g.days.find((x) => x.day === r.day) ?? g.days[g.days.push({ day: r.day, rows: [] }) - 1];
    d.rows.push(r);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.days.sort((a, b) => a.day.localeCompare(b.day));
  return [...groups.values()].sort((a, b) =>
    a.key === 'delivery' ? 1 : b.key === 'delivery' ? -1 : (a.name ?? '').localeCompare(b.name ?? '', 'th'),
  );
}

/** Downloads the packing list as CSV: fetched with the token (the route is private), saved from a blob. */
export async function downloadCsv(batchId: string): Promise<void> {
  const blob = (await call(
    api.GET('/api/v1/batches/{id}/reservations', {
      params: { path: { id: batchId } },
      headers: { accept: 'text/csv' },
      parseAs: 'blob',
    }),
  )) as unknown as Blob;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `packing-${batchId.slice(0, 8)}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
