import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, CreateReviewCommand, ListReviewsQuery, Page, ReviewV1 } from '@app/contracts';
import { DomainError, requireCaller } from '@app/messaging';
import { ProductsService } from '../products/products.service.js';
import { productsRepository } from '../products/products.repository.js';
import { reviewsRepository as repo } from './reviews.repository.js';
import type { ReviewRow } from './reviews.repository.js';

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
    const rows = await repo.ofConsumer(this.ds.manager, caller.userId);
    return rows.map(toView);
  }

  async create(callerOrNull: Caller | null, cmd: CreateReviewCommand): Promise<ReviewV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      // the product row is locked so concurrent reviews add to its rating one after another
      const product = await this.products.load(em, cmd.productId, 'productId', true);
      const order = await repo.completedOrder(em, cmd.orderId);
      if (!order) throw DomainError.notFound('Completed order', cmd.orderId, 'orderId');
      if (order.consumer_id !== caller.userId)
        throw DomainError.forbidden('Only the consumer of this order may review it');
      if (order.product_id !== product.id)
        throw DomainError.notFound(`Completed order of product ${product.id}:`, cmd.orderId, 'orderId');
      const id = randomUUID();
      const inserted = await repo.insert(em, {
        id,
        productId: product.id,
        orderId: cmd.orderId,
        consumerId: caller.userId,
        rating: cmd.rating,
        text: cmd.text,
      });
      if (!inserted)
        throw new DomainError('DUPLICATE', `Order ${cmd.orderId} has already been reviewed`, [
          { field: 'orderId', message: 'already reviewed' },
        ]);
      await productsRepository.addRating(em, product.id, cmd.rating);
      return toView((await repo.find(em, id))!);
    });
  }

  /** Newest first. */
  async list(q: ListReviewsQuery): Promise<Page<ReviewV1>> {
    await this.products.row(q.productId, 'productId');
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const { rows, total } = await repo.pageOfProduct(this.ds.manager, q.productId, page, pageSize);
    return { items: rows.map(toView), total };
  }
}
