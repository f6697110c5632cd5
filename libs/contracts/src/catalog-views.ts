import type { ContentPlatform, PlaceV1, ProducerKind, ProductCategory, ProductUnit } from './catalog.js';
import type { MediaType } from './catalog-validation.js';

/** What the catalog answers over NATS (and the gateway returns as is). */
export interface ContactsV1 {
  phone?: string;
  lineId?: string;
  facebookUrl?: string;
  tiktokUrl?: string;
}

export interface ProducerV1 extends PlaceV1 {
  id: string;
  kind: ProducerKind;
  name: string;
  memberCount: number;
  publishContacts: boolean;
  /** all contacts for those who manage the producer; the published ones (or none) for everyone else */
  contacts: ContactsV1;
  /** only for those who manage the producer */
  promptPayId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProductPlaceV1 extends PlaceV1 {
  provinceNameTh: string;
  districtNameTh: string;
  laoDisplayNameTh: string;
}

export interface ProductV1 {
  id: string;
  producerId: string;
  producerName: string;
  producerKind: ProducerKind;
  name: string;
  category: ProductCategory;
  unit: ProductUnit;
  priceSatang: number;
  description: string | null;
  story: string | null;
  media: Array<{ type: MediaType; url: string }>;
  seasonMonths: number[];
  tags: string[];
  /** the product's own, else the producer's when it consented to publish them, else {} */
  contacts: ContactsV1;
  place: ProductPlaceV1;
  /** the ready-to-paste line: the programme's tags, the place tags, then the producer's tags */
  hashtags: string;
  hashtagList: string[];
  ratingAverage: number | null;
  ratingCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ShareKitV1 {
  caption: string;
  hashtags: string;
  url: string;
  qrSvg: string;
}

export interface ContentLinkV1 extends PlaceV1 {
  id: string;
  url: string;
  platform: ContentPlatform;
  productId: string | null;
  producerId: string | null;
  publishedAt: string;
  /** the user who added it: only for that user and the administrators of the link's area */
  createdBy?: string;
  createdAt: string;
}

export interface ReviewV1 {
  id: string;
  productId: string;
  orderId: string;
  rating: number;
  text: string;
  createdAt: string;
}
