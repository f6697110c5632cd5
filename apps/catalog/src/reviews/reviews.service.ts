import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, CreateReviewCommand, ListReviewsQuery, Page, ReviewV1 } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { ProductsService } from '../products/products.service.js';
import { productsRepository } from '../products/products.repository.js';

interface ReviewRow {
  id: string;
  productId: string;
  orderId: string;
  rating: number;
  text: string;
  createdAt: Date;
}

const SELECT = `SELECT id, product_id AS "productId", order_id AS "orderId", rating, text, created_at AS "createdAt" FROM reviews`;
const toView = (r: ReviewRow): ReviewV1 => ({ ...r, createdAt: r.createdAt.toISOString() });

/** Verified reviews: only the consumer of a completed order of the product, once per order. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly ds: DataSource,
    private readonly products: ProductsService,
  ) {}

  /** The caller's own reviews, for their personal-data download. */
  async mine(callerOrNull: Caller | null): Promise<ReviewV1[]> {
    const caller = requireCaller(callerOrNull);
    const rows: ReviewRow[] = await this.ds.query(`${SELECT} WHERE consumer_id = $1 ORDER BY created_at`, [caller.userId]);
    return rows.map(toView);
  }

  async create(callerOrNull: Caller | null, cmd: CreateReviewCommand): Promise<ReviewV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      // the product row is locked so concurrent reviews add to its rating one after another
      const product = await this.products.load(em, cmd.productId, 'productId', true);
      const [order]: Array<{ consumer_id: string; product_id: string }> = await em.query(`SELECT consumer_id, product_id FROM completed_orders WHERE order_id = $1`, [cmd.orderId]);
      if (!order) throw DomainError.notFound('Completed order', cmd.orderId, 'orderId');
      if (order.consumer_id !== caller.userId) throw DomainError.forbidden('Only the consumer of this order may review it');
      if (order.product_id !== product.id) throw DomainError.notFound(`Completed order of product ${product.id}:`, cmd.orderId, 'orderId');
      const id = randomUUID();
      const inserted = await em.query(
        `INSERT INTO reviews (id, product_id, order_id, consumer_id, rating, text) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (order_id) DO NOTHING RETURNING id`,
        [id, product.id, cmd.orderId, caller.userId, cmd.rating, cmd.text],
      );
      if (!inserted.length) throw new DomainError('DUPLICATE', `Order ${cmd.orderId} has already been reviewed`, [{ field: 'orderId', message: 'already reviewed' }]);
      await productsRepository.addRating(em, product.id, cmd.rating);
      const [row]: ReviewRow[] = await em.query(`${SELECT} WHERE id = $1`, [id]);
      return toView(row);
    });
  }

  /** Newest first. */
  async list(q: ListReviewsQuery): Promise<Page<ReviewV1>> {
    await this.products.row(q.productId, 'productId');
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const rows: ReviewRow[] = await this.ds.query(`${SELECT} WHERE product_id = $1 ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, [q.productId]);
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM reviews WHERE product_id = $1`, [q.productId]);
    return { items: rows.map(toView), total };
  }
}
