import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ReviewV1 } from './catalog-views.js';
import { ReservationDetailV1 } from './harvest-preorder-views.js';
import { UserView } from './identity.js';
import { OrderSummaryV1 } from './order-views.js';
import { ApiDateTime, ApiString } from './api-property.js';

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

export class PersonalDataAccountV1 extends UserView {
  @ApiDateTime() createdAt: string;
}

/** GET /api/v1/me/personal-data */
@ApiSchema({ description: 'Everything the system holds about the signed-in consumer (PDPA right of access), as one JSON document' })
export class PersonalDataV1 {
  @ApiDateTime() exportedAt: string;
  @ApiProperty({ type: () => PersonalDataAccountV1 }) account: PersonalDataAccountV1;
  @ApiProperty({ type: () => [OrderSummaryV1], description: 'with their delivery addresses and the metadata of uploaded bank slips (slips)' })
  orders: OrderSummaryV1[];
  @ApiProperty({ type: () => [ReservationDetailV1], description: 'reservations and waitlist places (GET /me/reservations items)' })
  reservations: ReservationDetailV1[];
  @ApiProperty({ type: () => [ReviewV1] }) reviews: ReviewV1[];
}

/** POST /api/v1/me/erase */
export class ErasedV1 {
  @ApiDateTime() erasedAt: string;
  @ApiString() message: string;
}
