import type { ReviewV1 } from './catalog-views.js';

/**
 * A consumer's personal data (PDPA): what the gateway gathers for a download, and the event that tells
 * every service holding some of it to remove it. Orders, reservations and reviews keep their figures
 * (quantities, money, ratings, areas); names, contacts, addresses, free text and slip images go.
 */
export const IdentityEvents = {
  /** a consumer erased their account: each service removes what it holds of them (ConsumerErasedV1) */
  consumerErased: 'identity.consumer_erased',
} as const;

export interface ConsumerErasedV1 {
  userId: string;
  erasedAt: string;
}

/** Reply item of CatalogSubjects.listMyReviews (the calling consumer's reviews): a review as everyone sees it */
export type MyReviewV1 = ReviewV1;
