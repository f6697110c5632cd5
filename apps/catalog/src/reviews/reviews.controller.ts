import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogSubjects, CreateReviewCommand, ListReviewsQuery } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ReviewsService } from './reviews.service.js';

@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @MessagePattern(CatalogSubjects.createReview)
  create(@Payload(new EnvelopePipe(CreateReviewCommand)) { caller, data }: RpcEnvelope<CreateReviewCommand>) {
    return this.reviews.create(caller, data);
  }

  @MessagePattern(CatalogSubjects.listMyReviews)
  mine(@Payload() { caller }: RpcEnvelope<unknown>) {
    return this.reviews.mine(caller);
  }

  @MessagePattern(CatalogSubjects.listReviews)
  list(@Payload(new EnvelopePipe(ListReviewsQuery)) { data }: RpcEnvelope<ListReviewsQuery>) {
    return this.reviews.list(data);
  }
}
