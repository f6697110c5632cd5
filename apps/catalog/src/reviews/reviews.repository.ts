import type { EntityManager } from 'typeorm';

export interface ReviewRow {
  id: string;
  productId: string;
  orderId: string;
  rating: number;
  text: string;
  createdAt: Date;
}

export interface NewReview {
  id: string;
  productId: string;
  orderId: string;
  consumerId: string;
  rating: number;
  text: string;
}

const SELECT = `SELECT id, product_id AS "productId", order_id AS "orderId", rating, text, created_at AS "createdAt" FROM reviews`;

/** The only code that reads and writes `reviews` and `completed_orders` (the proof a review needs). */
export const reviewsRepository = {
  async ofConsumer(em: EntityManager, consumerId: string): Promise<ReviewRow[]> {
    return em.query(`${SELECT} WHERE consumer_id = $1 ORDER BY created_at`, [consumerId]);
  },

  async find(em: EntityManager, id: string): Promise<ReviewRow | null> {
    const [row]: ReviewRow[] = await em.query(`${SELECT} WHERE id = $1`, [id]);
    return row ?? null;
  },

  /** Newest first, with the count of all the product's reviews. */
  async pageOfProduct(
    em: EntityManager,
    productId: string,
    page: number,
    pageSize: number,
  ): Promise<{ rows: ReviewRow[]; total: number }> {
    const rows: ReviewRow[] = await em.query(
      `${SELECT} WHERE product_id = $1 ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      [productId],
    );
    const [{ total }]: Array<{ total: number }> = await em.query(
      `SELECT count(*)::int AS total FROM reviews WHERE product_id = $1`,
      [productId],
    );
    return { rows, total };
  },

  /** false when the order already has its review (one per order; nothing written). */
  async insert(em: EntityManager, r: NewReview): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO reviews (id, product_id, order_id, consumer_id, rating, text) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (order_id) DO NOTHING RETURNING id`,
      [r.id, r.productId, r.orderId, r.consumerId, r.rating, r.text],
    );
    return inserted.length > 0;
  },

  /** PDPA erasure: the consumer's reviews keep their rating and lose their text. */
  async eraseTextsOf(em: EntityManager, consumerId: string): Promise<void> {
    await em.query(`UPDATE reviews SET text = '' WHERE consumer_id = $1 AND text <> ''`, [consumerId]);
  },

  async completedOrder(
    em: EntityManager,
    orderId: string,
  ): Promise<{ consumer_id: string; product_id: string } | null> {
    const [order]: Array<{ consumer_id: string; product_id: string }> = await em.query(
      `SELECT consumer_id, product_id FROM completed_orders WHERE order_id = $1`,
      [orderId],
    );
    return order ?? null;
  },

  /** Once per order: a replay changes nothing. */
  async recordCompletedOrder(
    em: EntityManager,
    o: { orderId: string; consumerId: string; productId: string; completedAt: Date },
  ): Promise<void> {
    await em.query(
      `INSERT INTO completed_orders (order_id, consumer_id, product_id, completed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (order_id) DO NOTHING`,
      [o.orderId, o.consumerId, o.productId, o.completedAt],
    );
  },
};
