import { ApiError, NetworkError } from '../../api/client';
import type { Category, Product, Unit } from '../../api/types';
import { t } from '../../i18n';

/**
 * The product form's values as typed (strings, as a phone keyboard gives them) and their way to and from
 * the API's shapes. The checks here are early help only; the API decides and its field errors are shown too.
 */
export interface ProductValues {
  producerId: string;
  name: string;
  category: Category;
  unit: Unit;
  price: string;
  description: string;
  story: string;
  seasonMonths: number[];
  tags: string;
  phone: string;
  lineId: string;
  facebookUrl: string;
  tiktokUrl: string;
  videos: string;
}
export type Errors = Partial<Record<keyof ProductValues | 'photos' | 'form', string>>;

const MEDIA_PATH = /^\/api\/v1\/media\/[0-9a-f]{64}\/web\.webp$/;
const HTTPS = /^https?:\/\/\S+\.\S+/i;

export function fromProduct(p: Product | undefined, producerId = ''): ProductValues {
  const c = p?.contacts ?? {};
  return {
    producerId: p?.producerId ?? producerId,
    name: p?.name ?? '',
    category: p?.category ?? 'fruit',
    unit: p?.unit ?? 'kg',
    price: p ? satangToText(p.priceSatang) : '',
    description: p?.description ?? '',
    story: p?.story ?? '',
    seasonMonths: p?.seasonMonths ?? [],
    tags: (p?.tags ?? []).map((x) => `#${x}`).join(' '),
    phone: c.phone ?? '',
    lineId: c.lineId ?? '',
    facebookUrl: c.facebookUrl ?? '',
    tiktokUrl: c.tiktokUrl ?? '',
    videos: (p?.media ?? [])
      .filter((m) => m.type === 'video')
      .map((m) => m.url)
      .join('\n'),
  };
}

/** The photos a product has, in order (uploaded ones by their path, older ones by their URL). */
export const photosOf = (p: Product | undefined): string[] =>
  (p?.media ?? []).filter((m) => m.type === 'photo').map((m) => m.url);

/** The small copy of an uploaded photo for lists and previews; other photos as they are. */
export const thumbOf = (url: string): string => (MEDIA_PATH.test(url) ? url.replace(/web\.webp$/, 'thumb.webp') : url);

function satangToText(satang: number): string {
  return satang % 100 === 0
    ? String(satang / 100)
    : `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
}

/** "1,200.5" → 120050 satang, in whole numbers only (never floating baht); null when it is no price. */
export function priceToSatang(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.replace(/[,\s฿]/g, ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

export const tagsOf = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((x) => x.replace(/^#+/, ''))
    .filter(Boolean);

const videosOf = (text: string): string[] =>
  text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export function validate(v: ProductValues, needProducer: boolean): Errors {
  const e: Errors = {};
  if (needProducer && !v.producerId) e.producerId = t('farmer.products.err.producer');
  if (!v.name.trim() || v.name.trim().length > 200) e.name = t('farmer.products.err.name');
  if (priceToSatang(v.price) === null) e.price = t('farmer.products.err.price');
  if (v.description.length > 5000) e.description = t('farmer.products.err.description');
  if (v.story.length > 10000) e.story = t('farmer.products.err.story');
  const tags = tagsOf(v.tags);
  if (tags.length > 20 || tags.some((x) => x.length > 80)) e.tags = t('farmer.products.err.tags');
  if (v.phone && !/^(\+66|0)\d{8,9}$/.test(v.phone.replace(/[\s-]/g, ''))) e.phone = t('farmer.products.err.phone');
  if (v.lineId.trim().length > 50) e.lineId = t('farmer.products.err.lineId');
  if (v.facebookUrl && !HTTPS.test(v.facebookUrl.trim())) e.facebookUrl = t('farmer.products.err.url');
  if (v.tiktokUrl && !HTTPS.test(v.tiktokUrl.trim())) e.tiktokUrl = t('farmer.products.err.url');
  if (videosOf(v.videos).some((u) => !HTTPS.test(u))) e.videos = t('farmer.products.err.videos');
  return e;
}

/** The fields of a POST or PATCH: photos first in the order shown, then the clips. */
export function toFields(v: ProductValues, photos: string[]) {
  const contacts = {
    ...(v.phone.trim() && { phone: v.phone.replace(/[\s-]/g, '') }),
    ...(v.lineId.trim() && { lineId: v.lineId.trim() }),
    ...(v.facebookUrl.trim() && { facebookUrl: v.facebookUrl.trim() }),
    ...(v.tiktokUrl.trim() && { tiktokUrl: v.tiktokUrl.trim() }),
  };
  return {
    name: v.name.trim(),
    category: v.category,
    unit: v.unit,
    priceSatang: priceToSatang(v.price)!,
    description: v.description.trim() || null,
    story: v.story.trim() || null,
    seasonMonths: v.seasonMonths,
    tags: tagsOf(v.tags),
    contacts: Object.keys(contacts).length ? contacts : null,
    media: [
      ...photos.map((url) => ({ type: 'photo' as const, url })),
      ...videosOf(v.videos).map((url) => ({ type: 'video' as const, url })),
    ],
  };
}

/** The API's field names → the form's, so each error shows beside its own field in Thai. */
const API_FIELDS: Array<[string, keyof Errors, string]> = [
  ['producerId', 'producerId', 'producer'],
  ['name', 'name', 'name'],
  ['priceSatang', 'price', 'price'],
  ['description', 'description', 'description'],
  ['story', 'story', 'story'],
  ['tags', 'tags', 'tags'],
  ['contacts.phone', 'phone', 'phone'],
  ['contacts.lineId', 'lineId', 'lineId'],
  ['contacts.facebookUrl', 'facebookUrl', 'url'],
  ['contacts.tiktokUrl', 'tiktokUrl', 'url'],
  ['media', 'videos', 'videos'],
];

export function errorsOf(e: unknown): Errors {
  if (!(e instanceof ApiError))
    return { form: t(e instanceof NetworkError ? 'farmer.products.err.network' : 'farmer.products.err.other') };
  if (e.status === 403 || e.status === 404) return { form: t('farmer.products.err.forbidden') };
  if (e.status === 413 || e.field('photo')) return { photos: photoError(e) };
  const out: Errors = {};
  for (const [api, field, key] of API_FIELDS) if (e.field(api)) out[field] = t(`farmer.products.err.${key}`);
  return Object.keys(out).length ? out : { form: t('farmer.products.err.other') };
}

/** A refused photo, in Thai: what was wrong and what to do instead. */
export function photoError(e: ApiError): string {
  const m = e.field('photo') ?? '';
  if (e.status === 413) return t('farmer.products.err.photoSize');
  if (/at most \d+ photos/.test(m)) return t('farmer.products.err.photoCount');
  if (/HEIC/.test(m)) return t('farmer.products.err.photoHeic');
  if (/must be a photo/.test(m)) return t('farmer.products.err.photoType');
  return t('farmer.products.err.photoBad');
}
