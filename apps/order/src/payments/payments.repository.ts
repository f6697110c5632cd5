import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrderPaymentV1, PaymentMethod } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** A row of `payments` (amount_satang is bigint, as text). */
interface PaymentRow {
  id: string;
  order_id: string;
  producer_id: string;
  amount_satang: string;
  method: PaymentMethod;
  reference: string;
  slip_url: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface NewPayment {
  orderId: string;
  producerId: string;
  amountSatang: number;
  method: PaymentMethod;
  reference: string;
  slipUrl: string | null;
  recordedBy: string;
}

/** The only code that reads and writes `payments`. */
export const PaymentsRepository = {
  /** Records a payment; a reference the producer already recorded is 409 DUPLICATE (the unique index decides). */
  async insert(em: EntityManager, p: NewPayment): Promise<string> {
    const id = randomUUID();
    try {
      await em.query(
        `INSERT INTO payments (id, order_id, producer_id, amount_satang, method, reference, slip_url, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, p.orderId, p.producerId, p.amountSatang, p.method, p.reference, p.slipUrl, p.recordedBy],
      );
    } catch (e) {
      if ((e as { driverError?: { code?: string }; code?: string }).driverError?.code === '23505') {
        throw new DomainError('DUPLICATE', `Reference ${p.reference} is already recorded for this producer`, [
          { field: 'reference', message: 'already recorded for this producer' },
        ]);
      }
      throw e;
    }
    return id;
  },

  async ofOrder(em: EntityManager, orderId: string): Promise<OrderPaymentV1[]> {
    const rows: PaymentRow[] = await em.query(`SELECT * FROM payments WHERE order_id = $1 ORDER BY recorded_at, id`, [
      orderId,
    ]);
    return rows.map((r) => ({
      id: r.id,
      amountSatang: Number(r.amount_satang),
      method: r.method,
      reference: r.reference,
      slipUrl: r.slip_url,
      recordedBy: r.recorded_by,
      recordedAt: new Date(r.recorded_at).toISOString(),
    }));
  },
};
