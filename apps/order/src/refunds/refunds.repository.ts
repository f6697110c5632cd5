import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrderRefundV1, PaymentMethod, RefundReason } from '@app/contracts';

/** A row of `refunds` (amount_satang is bigint, as text). */
interface RefundRow {
  id: string;
  order_id: string;
  amount_satang: string;
  reason: RefundReason;
  note: string | null;
  status: 'due' | 'paid';
  method: PaymentMethod | null;
  reference: string | null;
  paid_by: string | null;
  created_at: Date;
  paid_at: Date | null;
}

/** The only code that reads and writes `refunds` (and the order's refunded total that grows with them). */
export const RefundsRepository = {
  /** A refund owed to the consumer; the order's refunded total grows with it. */
  async insert(
    em: EntityManager,
    orderId: string,
    amountSatang: number,
    reason: RefundReason,
    note: string | null = null,
  ): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO refunds (id, order_id, amount_satang, reason, note) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      orderId,
      amountSatang,
      reason,
      note,
    ]);
    await em.query(`UPDATE orders SET refunded_satang = refunded_satang + $2, updated_at = now() WHERE id = $1`, [
      orderId,
      amountSatang,
    ]);
    return id;
  },

  async lock(
    em: EntityManager,
    orderId: string,
    refundId: string,
  ): Promise<{ status: 'due' | 'paid'; amountSatang: number } | null> {
    const rows: Array<Pick<RefundRow, 'status' | 'amount_satang'>> = await em.query(
      `SELECT status, amount_satang FROM refunds WHERE id = $1 AND order_id = $2 FOR UPDATE`,
      [refundId, orderId],
    );
    return rows.length ? { status: rows[0].status, amountSatang: Number(rows[0].amount_satang) } : null;
  },

  async markPaid(
    em: EntityManager,
    refundId: string,
    method: PaymentMethod,
    reference: string,
    paidBy: string,
  ): Promise<void> {
    await em.query(
      `UPDATE refunds SET status = 'paid', method = $2, reference = $3, paid_by = $4, paid_at = now() WHERE id = $1`,
      [refundId, method, reference, paidBy],
    );
  },

  async ofOrder(em: EntityManager, orderId: string): Promise<OrderRefundV1[]> {
    const rows: RefundRow[] = await em.query(`SELECT * FROM refunds WHERE order_id = $1 ORDER BY created_at, id`, [
      orderId,
    ]);
    return rows.map((r) => ({
      id: r.id,
      amountSatang: Number(r.amount_satang),
      reason: r.reason,
      note: r.note,
      status: r.status,
      method: r.method,
      reference: r.reference,
      createdAt: new Date(r.created_at).toISOString(),
      paidAt: r.paid_at ? new Date(r.paid_at).toISOString() : null,
    }));
  },
};
