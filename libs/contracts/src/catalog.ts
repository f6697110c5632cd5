import { ApiDistrictCode, ApiLaoCode, ApiProvinceCode } from './api-property.js';

/**
 * Catalog ⇄ other services. The catalog owns LAOs, producers and products; others keep snapshots of what
 * they need (taken over request/reply or from these events), never read the catalog's tables.
 */
export const PRODUCER_KINDS = ['farmer', 'community_enterprise', 'entrepreneur'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const PRODUCT_CATEGORIES = [
  'fruit',
  'vegetable',
  'rice_grain',
  'processed_food',
  'handicraft',
  'other',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PRODUCT_UNITS = ['kg', 'box', 'piece', 'bunch', 'bag', 'other'] as const;
export type ProductUnit = (typeof PRODUCT_UNITS)[number];

/** Where a producer, product, order or content link belongs: the report rolls up along these codes. */
export class PlaceV1 {
  @ApiLaoCode() laoCode: string;
  @ApiDistrictCode() districtCode: string;
  @ApiProvinceCode() provinceCode: string;
}

/** Reply of CatalogSubjects.getProductSnapshot: what a batch and an order need to know of a product. */
export interface ProductSnapshotV1 extends PlaceV1 {
  productId: string;
  productName: string;
  category: ProductCategory;
  unit: ProductUnit;
  priceSatang: number;
  producerId: string;
  producerName: string;
  producerKind: ProducerKind;
  producerMemberCount: number;
  promptPayId: string;
}

export const CatalogEvents = {
  /** An LAO was added or corrected by a dla_admin (reference data loading raises none). */
  laoUpserted: 'catalog.lao.upserted',
  producerRegistered: 'catalog.producer.registered',
  producerUpdated: 'catalog.producer.updated',
  /** A registration was undone before the producer was used (ProducerStateV1): count it out again. */
  producerWithdrawn: 'catalog.producer.withdrawn',
  /** The approved kind and member count from a time on (ProducerMembershipApprovedV1): the report weighs sales with it. */
  producerMembershipApproved: 'catalog.producer.membership-approved',
  contentLinkPublished: 'catalog.content-link.published',
  contentLinkRemoved: 'catalog.content-link.removed',
} as const;

export interface LaoUpsertedV1 extends PlaceV1 {
  type: string;
  nameTh: string;
  displayNameTh: string;
}

/** producer.registered, producer.updated and producer.withdrawn carry the producer's (last) state. */
export interface ProducerStateV1 extends PlaceV1 {
  producerId: string;
  kind: ProducerKind;
  name: string;
  /** the approved member count (only an administrator of its area changes it) */
  memberCount: number;
  /** its login, once the gateway made or bound one (absent in events from before it existed) */
  loginUserId?: string | null;
  /** its own phones: the contact phone and the login's (absent in events from before it existed) */
  phones?: string[];
}

export type ContentPlatform = 'facebook' | 'tiktok' | 'youtube' | 'instagram' | 'line' | 'other';

export interface ContentLinkPublishedV1 extends PlaceV1 {
  contentLinkId: string;
  url: string;
  platform: ContentPlatform;
  productId: string | null;
  producerId: string | null;
  publishedAt: string;
}

export interface ContentLinkRemovedV1 extends PlaceV1 {
  contentLinkId: string;
  url: string;
  removedAt: string;
}
