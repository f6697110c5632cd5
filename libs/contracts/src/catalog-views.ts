import { ApiProperty } from '@nestjs/swagger';
import { PlaceV1, PRODUCER_KINDS, PRODUCT_CATEGORIES, PRODUCT_UNITS } from './catalog.js';
import type { ContentPlatform, ProducerKind, ProductCategory, ProductUnit } from './catalog.js';
import { CONTENT_PLATFORMS, MEDIA_TYPES } from './catalog-validation.js';
import type { MediaType } from './catalog-validation.js';
import { MEMBERSHIP_CHANGE_SOURCES, MEMBERSHIP_PROPOSAL_STATUSES } from './catalog-membership.js';
import type { MembershipChangeSource, MembershipProposalStatus } from './catalog-membership.js';
import { ApiDateTime, ApiEnum, ApiInt, ApiLaoCode, ApiString, ApiUuid } from './api-property.js';
import type { Page } from './geography.js';

/** What the catalog answers over NATS (and the gateway returns as is). Money in satang. */
const DOK_KHAMTAI_LINE =
  '#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้';

/** Contact channels; each only when given (and, for the public, only when the producer consented to publish them). */
export class ContactsV1 {
  @ApiString({ required: false, example: '0812345678' }) phone?: string;
  @ApiString({ required: false, example: '@lungma' }) lineId?: string;
  @ApiString({ required: false, format: 'uri' }) facebookUrl?: string;
  @ApiString({ required: false, format: 'uri' }) tiktokUrl?: string;
}

export class ProducerV1 extends PlaceV1 {
  @ApiUuid() id: string;
  @ApiEnum(PRODUCER_KINDS) kind: ProducerKind;
  @ApiString({ example: 'ลุงมา ใจดี' }) name: string;
  @ApiInt('members (a community enterprise counts its members as beneficiaries)') memberCount: number;
  @ApiProperty({ type: Boolean }) publishContacts: boolean;
  /** all contacts for those who manage the producer; the published ones (or none) for everyone else */
  @ApiProperty({
    type: () => ContactsV1,
    description:
      'contact channels; each only when given (and, for the public, only when the producer consented to publish them)',
  })
  contacts: ContactsV1;
  @ApiString({ required: false, description: 'only for those who manage the producer' }) promptPayId?: string;
  @ApiDateTime() createdAt: string;
  @ApiDateTime() updatedAt: string;
}

/** POST /producers: the producer, and what became of the login asked for. */
export class RegisteredProducerV1 extends ProducerV1 {
  @ApiUuid({ required: false, description: 'its login, when one was asked for (account) and made' }) userId?: string;
  @ApiEnum(['code_sent'], {
    required: false,
    description:
      "the phone of `account` already has a verified login (the farmer shops here): a code was sent to it, and POST /producers/{id}/account-link with that code makes it the producer's login (its own password stays)",
  })
  accountLink?: 'code_sent';
}

export class ProducerPageV1 implements Page<ProducerV1> {
  @ApiProperty({ type: () => [ProducerV1] }) items: ProducerV1[];
  @ApiInt('matches across all pages') total: number;
}

/** POST /producers/:id/account-link */
export class LinkedAccountV1 {
  @ApiUuid("the login, now the producer's") userId: string;
}

export class ProductPlaceV1 extends PlaceV1 {
  @ApiString({ example: 'พะเยา' }) provinceNameTh: string;
  @ApiString({ example: 'ดอกคำใต้' }) districtNameTh: string;
  @ApiString({ example: 'เทศบาลเมืองดอกคำใต้' }) laoDisplayNameTh: string;
}

export class ProductMediaV1 {
  @ApiEnum(MEDIA_TYPES) type: MediaType;
  @ApiString({
    format: 'uri-reference',
    description:
      'an http(s) URL, or the site path of an uploaded photo: /api/v1/media/{id}/web.webp (its thumbnail: …/thumb.webp)',
  })
  url: string;
}

export class ProductV1 {
  @ApiUuid() id: string;
  @ApiUuid() producerId: string;
  @ApiString() producerName: string;
  @ApiEnum(PRODUCER_KINDS) producerKind: ProducerKind;
  @ApiString({ example: 'ลำไยอบแห้งสีทอง' }) name: string;
  @ApiEnum(PRODUCT_CATEGORIES) category: ProductCategory;
  @ApiEnum(PRODUCT_UNITS) unit: ProductUnit;
  @ApiInt({ example: 12050, description: 'price per unit in satang' }) priceSatang: number;
  @ApiString({ nullable: true }) description: string | null;
  @ApiString({ nullable: true }) story: string | null;
  @ApiProperty({ type: () => [ProductMediaV1] }) media: ProductMediaV1[];
  @ApiProperty({ type: 'integer', isArray: true, minimum: 1, maximum: 12, example: [7, 8] }) seasonMonths: number[];
  @ApiProperty({ type: [String], description: "the producer's own hashtags" }) tags: string[];
  @ApiProperty({
    type: () => ContactsV1,
    description: "the product's own contacts, else the producer's published ones, else {}",
  })
  contacts: ContactsV1;
  @ApiProperty({ type: () => ProductPlaceV1 }) place: ProductPlaceV1;
  /** the programme's tags, the place tags, then the producer's tags */
  @ApiString({ description: 'the ready-to-paste line', example: DOK_KHAMTAI_LINE }) hashtags: string;
  @ApiProperty({ type: [String] }) hashtagList: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'one decimal; null before the first review' })
  ratingAverage: number | null;
  @ApiInt() ratingCount: number;
  @ApiDateTime() createdAt: string;
  @ApiDateTime() updatedAt: string;
}

export class ProductPageV1 implements Page<ProductV1> {
  @ApiProperty({ type: () => [ProductV1] }) items: ProductV1[];
  @ApiInt('matches across all pages') total: number;
}

/** GET /products/:id/share */
export class ShareKitV1 {
  @ApiString('Thai caption ready to paste, with price, contacts, link and hashtags') caption: string;
  @ApiString({ example: DOK_KHAMTAI_LINE }) hashtags: string;
  @ApiString({ format: 'uri', description: 'the product page (pre-order link)' }) url: string;
  @ApiString('QR code of url, an SVG document') qrSvg: string;
}

export class ContentLinkV1 extends PlaceV1 {
  @ApiUuid() id: string;
  @ApiString({ format: 'uri', example: 'https://www.facebook.com/baanrao/posts/123' }) url: string;
  @ApiEnum(CONTENT_PLATFORMS) platform: ContentPlatform;
  @ApiUuid({ nullable: true }) productId: string | null;
  @ApiUuid({ nullable: true }) producerId: string | null;
  @ApiDateTime() publishedAt: string;
  @ApiUuid({
    required: false,
    description: 'the user who added it: only for that user and the administrators of the area',
  })
  createdBy?: string;
  @ApiDateTime() createdAt: string;
}

export class ContentLinkPageV1 implements Page<ContentLinkV1> {
  @ApiProperty({ type: () => [ContentLinkV1] }) items: ContentLinkV1[];
  @ApiInt('matches across all pages') total: number;
}

export class ReviewV1 {
  @ApiUuid() id: string;
  @ApiUuid() productId: string;
  @ApiUuid() orderId: string;
  @ApiInt({ minimum: 1, maximum: 5 }) rating: number;
  @ApiString() text: string;
  @ApiDateTime() createdAt: string;
}

export class ReviewPageV1 implements Page<ReviewV1> {
  @ApiProperty({ type: () => [ReviewV1] }) items: ReviewV1[];
  @ApiInt() total: number;
}

export class MembershipProposalV1 {
  @ApiUuid() id: string;
  @ApiUuid() producerId: string;
  @ApiString() producerName: string;
  @ApiLaoCode() laoCode: string;
  @ApiEnum(PRODUCER_KINDS, 'asked for') kind: ProducerKind;
  @ApiInt('asked for') memberCount: number;
  @ApiEnum(PRODUCER_KINDS, 'approved when the proposal was made') currentKind: ProducerKind;
  @ApiInt('approved when the proposal was made') currentMemberCount: number;
  @ApiString({ nullable: true }) note: string | null;
  @ApiEnum(MEMBERSHIP_PROPOSAL_STATUSES, 'superseded: the producer proposed again before a decision')
  status: MembershipProposalStatus;
  @ApiUuid() proposedBy: string;
  @ApiDateTime() proposedAt: string;
  @ApiUuid({ nullable: true }) decidedBy: string | null;
  @ApiDateTime({ nullable: true }) decidedAt: string | null;
  @ApiString({ nullable: true, description: "the administrator's reason (always given on a rejection)" }) reason:
    string | null;
}

export class MembershipProposalPageV1 implements Page<MembershipProposalV1> {
  @ApiProperty({ type: () => [MembershipProposalV1] }) items: MembershipProposalV1[];
  @ApiInt() total: number;
}

export class MembershipChangeV1 {
  @ApiUuid() id: string;
  @ApiUuid() producerId: string;
  @ApiEnum(PRODUCER_KINDS) kind: ProducerKind;
  @ApiInt() memberCount: number;
  @ApiEnum(PRODUCER_KINDS, { nullable: true }) previousKind: ProducerKind | null;
  @ApiInt({ nullable: true }) previousMemberCount: number | null;
  @ApiEnum(MEMBERSHIP_CHANGE_SOURCES) source: MembershipChangeSource;
  @ApiUuid({ nullable: true }) proposalId: string | null;
  @ApiString({ nullable: true }) reason: string | null;
  @ApiUuid({ nullable: true, description: 'who approved or made the change' }) changedBy: string | null;
  @ApiDateTime('from when it counts in the report') changedAt: string;
}

export class MembershipHistoryV1 implements Page<MembershipChangeV1> {
  @ApiProperty({ type: () => [MembershipChangeV1] }) items: MembershipChangeV1[];
  @ApiInt() total: number;
}
