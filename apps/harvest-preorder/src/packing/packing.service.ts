import { Injectable } from '@nestjs/common';
import type { Caller, PackingQueryDto, PackingRowV1, PackingViewV1 } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { assertMayManageBatch } from '../batches/batch.policy.js';
import { BatchesRepository } from '../batches/batches.repository.js';
import { ReservationsRepository } from '../reservations/reservations.repository.js';
import { toCsv } from './csv.js';

/** Statuses that still hold units to pack (confirmed before harvest, allocated after). */
const TO_PACK = new Set(['confirmed', 'allocated']);

/** The farmer's packing list: reservations with status, totals per pickup point and per day. */
@Injectable()
export class PackingService {
  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly repo: BatchesRepository,
  ) {}

  async view(callerOrNull: Caller | null, q: PackingQueryDto): Promise<PackingViewV1 | { csv: string }> {
    const caller = requireCaller(callerOrNull);
    const b = await this.repo.find(q.batchId);
    if (!b) throw DomainError.notFound('Batch', q.batchId, 'batchId');
    assertMayManageBatch(caller, { producerId: b.producer_id, laoCode: b.lao_code });
    const rows = await this.reservations.packingRows(b.id);
    const reservations: PackingRowV1[] = rows.map((r) => ({
      reservationId: r.id,
      status: r.status,
      consumerId: r.consumer_id,
      requested: r.requested,
      quantity: r.quantity,
      allocated: r.allocated,
      toPack: !TO_PACK.has(r.status) ? 0 : r.status === 'allocated' ? (r.allocated ?? 0) : r.quantity,
      orderId: r.order_id,
      fulfilment: r.fulfilment.type,
      pickupPointId: r.pickup_point_id,
      pickupPointName: r.pickup_name,
      deliveryAddress: deliveryAddressOf(r.fulfilment.address),
      day: r.day,
      reservedAt: new Date(r.created_at).toISOString(),
    }));
    if (q.format === 'csv') return { csv: toCsv(reservations) };
    return { batchId: b.id, status: b.status, reservations, totals: totalsOf(reservations) };
  }
}

/** The address line of the packing list; a consumer who erased their account leaves only the area (PDPA). */
function deliveryAddressOf(a: { line1?: string; postalCode?: string; phone?: string } | undefined): string | null {
  if (!a) return null;
  if (!a.line1) return '(ผู้ซื้อลบข้อมูลส่วนบุคคลแล้ว)';
  return `${a.line1} ${a.postalCode} (${a.phone})`;
}

export function totalsOf(rows: PackingRowV1[]): PackingViewV1['totals'] {
  const byStatus: Record<string, { count: number; quantity: number }> = {};
  const byPoint = new Map<
    string,
    { pickupPointId: string | null; name: string; reservations: number; quantity: number }
  >();
  const byDay = new Map<string, { day: string; reservations: number; quantity: number }>();
  for (const r of rows) {
    const s = (byStatus[r.status] ??= { count: 0, quantity: 0 });
    s.count += 1;
    s.quantity += r.quantity;
    if (!r.toPack) continue;
    const key = r.pickupPointId ?? 'delivery';
    const p = byPoint.get(key) ?? {
      pickupPointId: r.pickupPointId,
      name: r.pickupPointName ?? 'delivery',
      reservations: 0,
      quantity: 0,
    };
    p.reservations += 1;
    p.quantity += r.toPack;
    byPoint.set(key, p);
    const d = byDay.get(r.day) ?? { day: r.day, reservations: 0, quantity: 0 };
    d.reservations += 1;
    d.quantity += r.toPack;
    byDay.set(r.day, d);
  }
  return {
    byStatus,
    byPickupPoint: [...byPoint.values()],
    byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
  };
}
