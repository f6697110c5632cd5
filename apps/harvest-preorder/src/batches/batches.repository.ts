import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BALANCE_DEADLINE_HOURS } from '@app/contracts';
import type {
  BatchStatus,
  BatchV1,
  CreateBatchDto,
  ListBatchesQuery,
  PickupPointV1,
  ProductSnapshotV1,
} from '@app/contracts';
import { returning } from '@app/persistence';
import type { DraftVisibility } from './batch.policy.js';

/** A batch row as stored (raw SQL: the hot path and the reads share one shape). */
export interface BatchRow {
  id: string;
  product_id: string;
  product: ProductSnapshotV1;
  producer_id: string;
  lao_code: string;
  district_code: string;
  province_code: string;
  category: string;
  harvest_start: string;
  harvest_end: string;
  estimated_quantity: number;
  reservable_quantity: number;
  reserved: number;
  unit_price_satang: string;
  deposit_percent: number;
  min_quantity: number;
  max_per_consumer: number;
  opens_at: Date;
  closes_at: Date;
  waitlist: boolean;
  close_when_sold_out: boolean;
  delivery_fee_satang: string | null;
  status: BatchStatus;
  closed_by_sold_out: boolean;
  actual_quantity: number | null;
  stock: number;
  stock_sold: number;
  balance_deadline_hours: number;
}

interface PickupRow {
  id: string;
  batch_id: string;
  name: string;
  address: string;
  windows: Array<{ start: string; end: string }>;
}

const BATCH_COLUMNS = `id, product_id, product, producer_id, lao_code, district_code, province_code, category,
  to_char(harvest_start, 'YYYY-MM-DD') AS harvest_start, to_char(harvest_end, 'YYYY-MM-DD') AS harvest_end,
  estimated_quantity, reservable_quantity, reserved, unit_price_satang, deposit_percent, min_quantity, max_per_consumer,
  opens_at, closes_at, waitlist, close_when_sold_out, delivery_fee_satang, status, closed_by_sold_out, actual_quantity, stock, stock_sold, balance_deadline_hours`;

@Injectable()
export class BatchesRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(em: EntityManager, dto: CreateBatchDto, product: ProductSnapshotV1): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO batches (id, product_id, product, producer_id, lao_code, district_code, province_code, category, harvest_start, harvest_end,
         estimated_quantity, reservable_quantity, unit_price_satang, deposit_percent, min_quantity, max_per_consumer, opens_at, closes_at,
         waitlist, close_when_sold_out, delivery_fee_satang, balance_deadline_hours)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)`,
      [
        id,
        dto.productId,
        JSON.stringify(product),
        product.producerId,
        product.laoCode,
        product.districtCode,
        product.provinceCode,
        product.category,
        dto.harvestStart,
        dto.harvestEnd,
        dto.estimatedQuantity,
        dto.reservableQuantity,
        dto.unitPriceSatang ?? product.priceSatang,
        dto.depositPercent,
        dto.minQuantity,
        dto.maxQuantityPerConsumer,
        dto.preorderOpensAt,
        dto.preorderClosesAt,
        dto.waitlist,
        dto.closeWhenSoldOut ?? false,
        dto.delivery ? dto.delivery.feeSatang : null,
        dto.balanceDeadlineHours ?? BALANCE_DEADLINE_HOURS.default,
      ],
    );
    if (dto.pickupPoints.length) {
      const rows = dto.pickupPoints.map((p, i) => ({
        id: randomUUID(),
        position: i,
        name: p.name,
        address: p.address,
        windows: p.windows ?? [],
      }));
      await em.query(
        `INSERT INTO pickup_points (id, batch_id, position, name, address, windows)
         SELECT x.id, $1, x.position, x.name, x.address, x.windows FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, position int, name text, address text, windows jsonb)`,
        [id, JSON.stringify(rows)],
      );
    }
    return id;
  }

  async find(batchId: string, em: EntityManager | DataSource = this.ds, lock = false): Promise<BatchRow | null> {
    const rows: BatchRow[] = await em.query(
      `SELECT ${BATCH_COLUMNS} FROM batches WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [batchId],
    );
    return rows[0] ?? null;
  }

  async pickupPoints(batchIds: string[]): Promise<Map<string, PickupPointV1[]>> {
    const rows: PickupRow[] = batchIds.length
      ? await this.ds.query(
          `SELECT id, batch_id, name, address, windows FROM pickup_points WHERE batch_id = ANY($1::uuid[]) ORDER BY batch_id, position`,
          [batchIds],
        )
      : [];
    const out = new Map<string, PickupPointV1[]>();
    for (const r of rows)
      out.set(r.batch_id, [
        ...(out.get(r.batch_id) ?? []),
        { id: r.id, name: r.name, address: r.address, windows: r.windows },
      ]);
    return out;
  }

  async list(q: ListBatchesQuery, drafts: DraftVisibility): Promise<BatchRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.status) add('status = ?', q.status);
    if (q.provinceCode) add('province_code = ?', q.provinceCode);
    if (q.districtCode) add('district_code = ?', q.districtCode);
    if (q.laoCode) add('lao_code = ?', q.laoCode);
    if (q.category) add('category = ?', q.category);
    if (q.productId) add('product_id = ?', q.productId);
    if (q.producerId) add('producer_id = ?', q.producerId);
    // drafts only for those who may see them (batch.policy.ts mayViewBatch, the same rule)
    if (!drafts.all) {
      params.push(drafts.producerId, drafts.laoCode, drafts.provinceCode);
      const n = params.length;
      where.push(
        `(status <> 'draft' OR producer_id = $${n - 2}::uuid OR lao_code = $${n - 1} OR province_code = $${n})`,
      );
    }
    return this.ds.query(
      `SELECT ${BATCH_COLUMNS} FROM batches ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY opens_at DESC, id LIMIT 200`,
      params,
    );
  }

  async setStatus(em: EntityManager, batchId: string, status: BatchStatus): Promise<void> {
    await this.update(em, batchId, status);
  }

  /** Opened by hand, perhaps early: the window starts now. */
  async setOpenedNow(em: EntityManager, batchId: string, status: BatchStatus): Promise<void> {
    await this.update(em, batchId, status, ', opens_at = least(opens_at, now())');
  }

  /** Closed by hand, perhaps early: the window ends now. */
  async setClosedNow(em: EntityManager, batchId: string, status: BatchStatus): Promise<void> {
    await this.update(em, batchId, status, ', closes_at = least(closes_at, now())');
  }

  private async update(em: EntityManager, batchId: string, status: BatchStatus, extra = ''): Promise<void> {
    await em.query(`UPDATE batches SET status = $2, updated_at = now() ${extra} WHERE id = $1`, [batchId, status]);
  }

  async setCancelled(em: EntityManager, batchId: string, status: BatchStatus, reason: string | null): Promise<void> {
    await em.query(`UPDATE batches SET status = $2, cancel_reason = $3, updated_at = now() WHERE id = $1`, [
      batchId,
      status,
      reason,
    ]);
  }

  /** The batch row lock alone: the first lock of every path that changes its counters. */
  async lock(em: EntityManager, batchId: string): Promise<void> {
    await em.query(`SELECT 1 FROM batches WHERE id = $1 FOR UPDATE`, [batchId]);
  }

  /** Locks the batch and reads who manages it (a cancel decides who may). */
  async lockManagers(
    em: EntityManager,
    batchId: string,
  ): Promise<Pick<BatchRow, 'status' | 'producer_id' | 'lao_code'>> {
    const [b] = await em.query(`SELECT status, producer_id, lao_code FROM batches WHERE id = $1 FOR UPDATE`, [batchId]);
    return b;
  }

  /** Locks the batch and reads its counters (releasing units and offering them to the waitlist). */
  async lockCounters(
    em: EntityManager,
    batchId: string,
  ): Promise<
    | (Pick<BatchRow, 'reserved' | 'reservable_quantity' | 'status' | 'waitlist' | 'min_quantity' | 'producer_id'> & {
        product_name: string;
        unit: string;
      })
    | null
  > {
    const [b] = await em.query(
      `SELECT reserved, reservable_quantity, status, waitlist, min_quantity, producer_id, product->>'productName' AS product_name, product->>'unit' AS unit
         FROM batches WHERE id = $1 FOR UPDATE`,
      [batchId],
    );
    return b ?? null;
  }

  async releaseReserved(em: EntityManager, batchId: string, quantity: number): Promise<void> {
    await em.query(`UPDATE batches SET reserved = reserved - $2, updated_at = now() WHERE id = $1`, [
      batchId,
      quantity,
    ]);
  }

  /** One conditional write of the counter; false when it would leave 0..reservable_quantity (the CHECK constraint stands behind it too). */
  async shiftReservedWithinRange(em: EntityManager, batchId: string, delta: number): Promise<boolean> {
    const res = await returning(
      em,
      `UPDATE batches SET reserved = reserved + $2, updated_at = now() WHERE id = $1 AND reserved + $2 BETWEEN 0 AND reservable_quantity RETURNING id`,
      [batchId, delta],
    );
    return res.length > 0;
  }

  async clearReserved(em: EntityManager, batchId: string): Promise<void> {
    await em.query(`UPDATE batches SET reserved = 0 WHERE id = $1`, [batchId]);
  }

  async recordHarvest(em: EntityManager, batchId: string, status: BatchStatus, actualQuantity: number): Promise<void> {
    await em.query(
      `UPDATE batches SET status = $2, actual_quantity = $3, stock = greatest(0, $3 - reserved), updated_at = now() WHERE id = $1`,
      [batchId, status, actualQuantity],
    );
  }

  /** Allocated units whose order expired become stock on hand (while the batch sells it: harvested). */
  async addStock(em: EntityManager, batchId: string, quantity: number): Promise<void> {
    await em.query(`UPDATE batches SET stock = stock + $2, updated_at = now() WHERE id = $1 AND status = 'harvested'`, [
      batchId,
      quantity,
    ]);
  }

  /** Sells `quantity` of the stock on hand if the batch is harvested and has it; false otherwise. */
  async takeStock(em: EntityManager, batchId: string, quantity: number): Promise<boolean> {
    const took = await returning(
      em,
      `UPDATE batches SET stock_sold = stock_sold + $2, updated_at = now() WHERE id = $1 AND status = 'harvested' AND stock_sold + $2 <= stock RETURNING id`,
      [batchId, quantity],
    );
    return took.length > 0;
  }

  /** An unpaid purchase's units go back on sale. */
  async unsellStock(em: EntityManager, batchId: string, quantity: number): Promise<void> {
    await em.query(`UPDATE batches SET stock_sold = stock_sold - $2, updated_at = now() WHERE id = $1`, [
      batchId,
      quantity,
    ]);
  }

  async hasPickupPoint(em: EntityManager, batchId: string, pickupPointId: string): Promise<boolean> {
    const ok: unknown[] = await em.query(`SELECT 1 FROM pickup_points WHERE id = $1 AND batch_id = $2`, [
      pickupPointId,
      batchId,
    ]);
    return ok.length > 0;
  }

  /** Moves every batch in one of `from` whose opening time came to `to`; each statement is its own guard. Returns how many. */
  /** Moves every batch in one of `from` whose opening time came to `to`, in the caller's transaction. Returns their ids. */
  async openDue(em: EntityManager, to: BatchStatus, from: readonly BatchStatus[]): Promise<string[]> {
    const opened = await returning<{ id: string }>(
      em,
      `UPDATE batches SET status = $1, updated_at = now() WHERE status = ANY($2::text[]) AND opens_at <= now() RETURNING id`,
      [to, from],
    );
    return opened.map((r) => r.id);
  }

  /** Moves every batch in one of `from` whose closing time came to `to`. Returns how many. */
  async closeDue(to: BatchStatus, from: readonly BatchStatus[]): Promise<number> {
    const closed = await returning(
      this.ds,
      `UPDATE batches SET status = $1, updated_at = now() WHERE status = ANY($2::text[]) AND closes_at <= now() RETURNING id`,
      [to, from],
    );
    return closed.length;
  }
}

export function toBatchView(b: BatchRow, pickupPoints: PickupPointV1[]): BatchV1 {
  return {
    id: b.id,
    status: b.status,
    productId: b.product_id,
    productName: b.product.productName,
    category: b.product.category,
    unit: b.product.unit,
    producerId: b.producer_id,
    producerName: b.product.producerName,
    laoCode: b.lao_code,
    districtCode: b.district_code,
    provinceCode: b.province_code,
    harvestStart: b.harvest_start,
    harvestEnd: b.harvest_end,
    estimatedQuantity: b.estimated_quantity,
    reservableQuantity: b.reservable_quantity,
    reservedQuantity: b.reserved,
    remainingQuantity: b.reservable_quantity - b.reserved,
    unitPriceSatang: Number(b.unit_price_satang),
    depositPercent: b.deposit_percent,
    minQuantity: b.min_quantity,
    maxQuantityPerConsumer: b.max_per_consumer,
    preorderOpensAt: new Date(b.opens_at).toISOString(),
    preorderClosesAt: new Date(b.closes_at).toISOString(),
    waitlist: b.waitlist,
    closeWhenSoldOut: b.close_when_sold_out,
    soldOut: b.reserved >= b.reservable_quantity,
    pickupPoints,
    delivery: b.delivery_fee_satang === null ? null : { feeSatang: Number(b.delivery_fee_satang) },
    actualQuantity: b.actual_quantity,
    stockOnHand: b.stock - b.stock_sold,
    balanceDeadlineHours: b.balance_deadline_hours,
  };
}
