import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returning } from '@app/persistence';
import type { Fulfilment } from '../reservations/reservations.service.js';

/** A direct purchase of stock on hand as its buyer's retry finds it again. */
export interface PurchaseRow {
  id: string;
  quantity: number;
  order_id: string;
  batch_id: string;
}

export interface NewPurchase {
  id: string;
  batchId: string;
  consumerId: string;
  idempotencyKey: string;
  quantity: number;
  fulfilment: Fulfilment;
  orderId: string;
}

/** stock_purchases: direct purchases of stock on hand after harvest (orders with no reservation). */
@Injectable()
export class StockPurchasesRepository {
  constructor(private readonly ds: DataSource) {}

  async findByKey(em: EntityManager, consumerId: string, idempotencyKey: string): Promise<PurchaseRow | null> {
    const [p]: PurchaseRow[] = await em.query(
      `SELECT id, quantity, order_id, batch_id FROM stock_purchases WHERE consumer_id = $1 AND idempotency_key = $2`,
      [consumerId, idempotencyKey],
    );
    return p ?? null;
  }

  /** false when the consumer's key was taken meanwhile (nothing inserted). */
  async insert(em: EntityManager, p: NewPurchase): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO stock_purchases (id, batch_id, consumer_id, idempotency_key, quantity, fulfilment, order_id) VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (consumer_id, idempotency_key) DO NOTHING RETURNING id`,
      [p.id, p.batchId, p.consumerId, p.idempotencyKey, p.quantity, JSON.stringify(p.fulfilment), p.orderId],
    );
    return inserted.length > 0;
  }

  async orderIdOf(em: EntityManager, id: string): Promise<string> {
    return (await em.query(`SELECT order_id FROM stock_purchases WHERE id = $1`, [id]))[0].order_id;
  }

  /** Marks an unpaid purchase expired, once: its quantity and buyer, or null if it already was. */
  async expire(
    em: EntityManager,
    orderId: string,
    batchId: string,
  ): Promise<{ quantity: number; consumer_id: string } | null> {
    const back = await returning<{ quantity: number; consumer_id: string }>(
      em,
      `UPDATE stock_purchases SET expired_at = now() WHERE order_id = $1 AND batch_id = $2 AND expired_at IS NULL RETURNING quantity, consumer_id`,
      [orderId, batchId],
    );
    return back[0] ?? null;
  }

  async markOrdersOpened(ids: string[]): Promise<void> {
    await this.ds.query(`UPDATE stock_purchases SET order_opened = true WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
