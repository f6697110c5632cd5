import { CatalogSubjects, CreateReviewCommand, ListReviewsQuery } from '@app/contracts';
import { rpcController } from '@app/messaging';
import { ReviewsService } from './reviews.service.js';

export const ReviewsController = rpcController(ReviewsService, (on) => [
  on(CatalogSubjects.createReview, CreateReviewCommand, (reviews, caller, data) => reviews.create(caller, data)),
  on(CatalogSubjects.listMyReviews, undefined, (reviews, caller) => reviews.mine(caller)),
  on(CatalogSubjects.listReviews, ListReviewsQuery, (reviews, caller, data) => reviews.list(data)),
]);
