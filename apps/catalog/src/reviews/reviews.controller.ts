import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogSubjects, CreateReviewCommand, ListReviewsQuery } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { ReviewsService } from './reviews.service.js';

@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Rpc(CatalogSubjects.createReview, CreateReviewCommand)
  create({ caller, data }: RpcEnvelope<CreateReviewCommand>) {
    return this.reviews.create(caller, data);
  }

  @MessagePattern(CatalogSubjects.listMyReviews)
  mine(@Payload() { caller }: RpcEnvelope<unknown>) {
    return this.reviews.mine(caller);
  }

  @Rpc(CatalogSubjects.listReviews, ListReviewsQuery)
  list({ data }: RpcEnvelope<ListReviewsQuery>) {
    return this.reviews.list(data);
  }
}
