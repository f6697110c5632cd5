import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ReviewV1 } from './catalog-views.js';
import { ReservationDetailV1 } from './harvest-preorder-views.js';
import type { Role } from './identity.js';
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
  /**
   * a login's contact or role as it stands now (AccountChangedV1): raised when a consumer verifies its
   * phone, when staff create a login (administrators, LAO onboarding, the bootstrap administrator) and
   * when a consumer's login becomes a producer's. Whoever must reach users (the notification service)
   * keeps its copy from these, without waiting for the user to call.
   */
  accountChanged: 'identity.account_changed',
} as const;

export interface AccountChangedV1 {
  userId: string;
  role: Role;
  /** the verified phone (a consumer's only once verified), null when none */
  phone: string | null;
  email: string | null;
  /** producer: the catalog producer the login acts for */
  producerId: string | null;
  /** lao_admin and producer: the LAO (7-digit DLA code) */
  laoCode: string | null;
  /** province_admin, lao_admin and producer: the province (2-digit DOPA code) */
  provinceCode: string | null;
  reason: 'phone_verified' | 'created_by_staff' | 'producer_linked';
  changedAt: string;
}

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
@ApiSchema({
  description: 'Everything the system holds about the signed-in consumer (PDPA right of access), as one JSON document',
})
export class PersonalDataV1 {
  @ApiDateTime() exportedAt: string;
  @ApiProperty({ type: () => PersonalDataAccountV1 }) account: PersonalDataAccountV1;
  @ApiProperty({
    type: () => [OrderSummaryV1],
    description: 'with their delivery addresses and the metadata of uploaded bank slips (slips)',
  })
  orders: OrderSummaryV1[];
  @ApiProperty({
    type: () => [ReservationDetailV1],
    description: 'reservations and waitlist places (GET /me/reservations items)',
  })
  reservations: ReservationDetailV1[];
  @ApiProperty({ type: () => [ReviewV1] }) reviews: ReviewV1[];
}

/** POST /api/v1/me/erase */
export class ErasedV1 {
  @ApiDateTime() erasedAt: string;
  @ApiString() message: string;
}
