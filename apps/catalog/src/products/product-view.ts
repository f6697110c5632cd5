import type { ContactsV1, ProductSnapshotV1, ProductV1 } from '@app/contracts';
import { hashtagLine, productHashtags } from '../hashtags/hashtags.js';
import { publishedContacts } from '../producers/producer.policy.js';
import type { ProductRow } from './products.repository.js';

/** The product's own contact channels, else the producer's when it consented to publish them. */
export function productContacts(p: ProductRow): ContactsV1 {
  return p.contacts ?? publishedContacts(p.producerContacts, p.publishContacts);
}

export function toProductView(p: ProductRow): ProductV1 {
  const hashtagList = productHashtags(p, p.tags);
  return {
    id: p.id,
    producerId: p.producerId,
    producerName: p.producerName,
    producerKind: p.producerKind,
    name: p.name,
    category: p.category,
    unit: p.unit,
    priceSatang: p.priceSatang,
    description: p.description,
    story: p.story,
    media: p.media,
    seasonMonths: p.seasonMonths,
    tags: p.tags,
    contacts: productContacts(p),
    place: {
      laoCode: p.laoCode,
      districtCode: p.districtCode,
      provinceCode: p.provinceCode,
      laoDisplayNameTh: p.laoDisplayNameTh,
      districtNameTh: p.districtNameTh,
      provinceNameTh: p.provinceNameTh,
    },
    hashtags: hashtagLine(hashtagList),
    hashtagList,
    // one decimal is what a star rating shows; the count and total stay exact
    ratingAverage: p.ratingCount ? Math.round((p.ratingTotal / p.ratingCount) * 10) / 10 : null,
    ratingCount: p.ratingCount,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toSnapshot(p: ProductRow): ProductSnapshotV1 {
  return {
    productId: p.id,
    productName: p.name,
    category: p.category,
    unit: p.unit,
    priceSatang: p.priceSatang,
    producerId: p.producerId,
    producerName: p.producerName,
    producerKind: p.producerKind,
    producerMemberCount: p.producerMemberCount,
    promptPayId: p.promptPayId,
    laoCode: p.laoCode,
    districtCode: p.districtCode,
    provinceCode: p.provinceCode,
  };
}
