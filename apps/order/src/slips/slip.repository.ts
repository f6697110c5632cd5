import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PaymentSlipImageV1, PaymentSlipV1, SlipStoredContentType } from '@app/contracts';

export interface NewSlip {
  orderId: string;
  consumerId: string;
  reference: string;
  sendingBank: string;
  image: Buffer;
  contentType: SlipStoredContentType;
  sha256: string;
}

/** Columns of a slip without its image (lists and views never load the bytes). */
const COLUMNS = `id, order_id, reference, sending_bank, status, reject_reason, uploaded_at`;

/** A row of payment_slips as COLUMNS reads it. */
interface SlipRow {
  id: string;
  order_id: string;
  reference: string;
  sending_bank: string;
  status: PaymentSlipV1['status'];
  reject_reason: string | null;
  uploaded_at: Date;
}

const toSlip = (r: SlipRow): PaymentSlipV1 => ({
  id: r.id,
  reference: r.reference,
  sendingBank: r.sending_bank,
  status: r.status,
  rejectReason: r.reject_reason,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

/** The only code that reads and writes payment_slips. */
export const SlipRepository = {
  /** The slip holding this bank's reference, on whatever order. */
  async findByReference(
    em: EntityManager,
    sendingBank: string,
    reference: string,
  ): Promise<(PaymentSlipV1 & { orderId: string }) | null> {
    const rows: SlipRow[] = await em.query(
      `SELECT ${COLUMNS} FROM payment_slips WHERE sending_bank = $1 AND reference = $2`,
      [sendingBank, reference],
    );
    return rows.length ? { ...toSlip(rows[0]), orderId: rows[0].order_id } : null;
  },

  /**
   * Inserts unless the (sending bank, reference) is taken: answers the new id, or null when taken, so two concurrent uploads
   * of one slip for two orders cannot both win (the unique index decides; nothing is written for the loser).
   */
  async insert(em: EntityManager, s: NewSlip): Promise<string | null> {
    const id = randomUUID();
    const rows = await em.query(
      `INSERT INTO payment_slips (id, order_id, consumer_id, reference, sending_bank, image, content_type, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (sending_bank, reference) DO NOTHING RETURNING id`,
      [id, s.orderId, s.consumerId, s.reference, s.sendingBank, s.image, s.contentType, s.sha256],
    );
    return rows.length ? id : null;
  },

  /** The money of the order's pending slips was recorded: they are confirmed by whoever recorded it. */
  async confirmPending(em: EntityManager, orderId: string, by: string): Promise<void> {
    await em.query(
      `UPDATE payment_slips SET status = 'confirmed', decided_by = $2, decided_at = now() WHERE order_id = $1 AND status = 'pending'`,
      [orderId, by],
    );
  },

  /** One slip of one order, locked for the caller's transaction (the order row is locked first). */
  async lockOnOrder(em: EntityManager, orderId: string, slipId: string): Promise<PaymentSlipV1 | null> {
    const rows: SlipRow[] = await em.query(
      `SELECT ${COLUMNS} FROM payment_slips WHERE id = $1 AND order_id = $2 FOR UPDATE`,
      [slipId, orderId],
    );
    return rows.length ? toSlip(rows[0]) : null;
  },

  /** The producer (or LAO admin) says the slip does not match: the consumer reads the reason. */
  async reject(em: EntityManager, slipId: string, reason: string, by: string): Promise<void> {
    await em.query(
      `UPDATE payment_slips SET status = 'rejected', reject_reason = $2, decided_by = $3, decided_at = now() WHERE id = $1 AND status = 'pending'`,
      [slipId, reason, by],
    );
  },

  /** Whether a slip of the order waits for the producer (it holds the balance deadline). */
  async hasPending(em: EntityManager, orderId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM payment_slips WHERE order_id = $1 AND status = 'pending' LIMIT 1`, [
      orderId,
    ]);
    return rows.length > 0;
  },

  /** A condition on `orders` (aliased o): the order has a slip waiting (true) or none waiting (false). */
  underReviewCondition(underReview: boolean): string {
    return `${underReview ? '' : 'NOT '}EXISTS (SELECT 1 FROM payment_slips s WHERE s.order_id = o.id AND s.status = 'pending')`;
  },

  /** Slips of each order, oldest first. */
  async forOrders(em: EntityManager, orderIds: string[]): Promise<Map<string, PaymentSlipV1[]>> {
    const out = new Map<string, PaymentSlipV1[]>(orderIds.map((id) => [id, []]));
    if (!orderIds.length) return out;
    const rows: SlipRow[] = await em.query(
      `SELECT ${COLUMNS} FROM payment_slips WHERE order_id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
      [orderIds],
    );
    for (const r of rows) out.get(r.order_id)!.push(toSlip(r));
    return out;
  },

  /** PDPA erasure: the consumer's slip images are emptied (reference, bank and status stay: they prove payments). */
  async emptyImagesOf(em: EntityManager, consumerId: string): Promise<void> {
    await em.query(`UPDATE payment_slips SET image = ''::bytea WHERE consumer_id = $1 AND length(image) > 0`, [
      consumerId,
    ]);
  },

  async image(em: EntityManager, orderId: string, slipId: string): Promise<PaymentSlipImageV1 | null> {
    const rows: Array<{ content_type: PaymentSlipImageV1['contentType']; image: Buffer }> = await em.query(
      `SELECT content_type, image FROM payment_slips WHERE id = $1 AND order_id = $2`,
      [slipId, orderId],
    );
    return rows.length
      ? { contentType: rows[0].content_type, imageBase64: (rows[0].image as Buffer).toString('base64') }
      : null;
  },
};
