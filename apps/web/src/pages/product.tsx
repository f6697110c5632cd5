import { api, call } from '../api/client';
import type { Batch, Product, ReviewPage } from '../api/types';
import { firstPhoto, Price } from '../components/batch-card';
import { BatchDetails } from '../components/batch-details';
import { Page } from '../components/states';
import { Stars } from '../components/stars';
import { dateTime } from '../format';
import { t } from '../i18n';
import { useLoad } from '../load';

export interface ProductData {
  product: Product;
  batches: Batch[];
  reviews: ReviewPage;
}

export async function loadProduct(id: string): Promise<ProductData> {
  const [product, batches, reviews] = await Promise.all([
    call(api.GET('/api/v1/products/{id}', { params: { path: { id } } })),
    call(api.GET('/api/v1/batches', { params: { query: { productId: id, status: 'open' } } })).catch(
      () => [] as Batch[],
    ),
    call(api.GET('/api/v1/products/{id}/reviews', { params: { path: { id }, query: { pageSize: 20 } } })),
  ]);
  return { product, batches, reviews };
}

const VIDEO_SITES: Array<[RegExp, string]> = [
  [/(^|\.)tiktok\.com$/, 'TikTok'],
  [/(^|\.)(facebook\.com|fb\.watch)$/, 'Facebook'],
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'YouTube'],
];

function videoSite(url: string): string {
  try {
    const host = new URL(url).hostname;
    return VIDEO_SITES.find(([re]) => re.test(host))?.[1] ?? host;
  } catch {
    return url;
  }
}

/** The producer's pages elsewhere, with the site's name on each link. */
const SOCIAL = [
  ['facebookUrl', 'Facebook'],
  ['tiktokUrl', 'TikTok'],
] as const;

function safeUrl(url: string | undefined): string | undefined {
  // http(s), or a photo uploaded by the producer (served by this site at /api/v1/media/…)
  return url && (/^https?:\/\//i.test(url) || /^\/api\/v1\/media\//.test(url)) ? url : undefined;
}

export function ProductView({ data }: { data: ProductData }) {
  const { product: p, batches, reviews } = data;
  const photos = p.media.filter((m) => m.type === 'photo' && safeUrl(m.url));
  const videos = p.media.filter((m) => m.type === 'video' && safeUrl(m.url));
  const c = p.contacts;
  return (
    <>
      <article class="product">
        {firstPhoto(p) && <img class="hero-photo" src={firstPhoto(p)} alt={p.name} width={640} height={480} />}
        <h1>{p.name}</h1>
        <Price satang={p.priceSatang} unit={p.unit} />
        <p class="muted">
          <a href={`/producers/${p.producerId}`}>{p.producerName}</a> · {p.place.laoDisplayNameTh}{' '}
          {t('place.districtShort')}
          {p.place.districtNameTh} {t('place.provinceShort')}
          {p.place.provinceNameTh}
        </p>
        <p class="muted">
          {p.ratingCount > 0 && (
            <Stars
              value={p.ratingAverage ?? 0}
              label={t('product.rating', { avg: (p.ratingAverage ?? 0).toFixed(1), n: p.ratingCount })}
            />
          )}
          {p.ratingCount > 0 && p.seasonMonths.length > 0 && ' · '}
          {p.seasonMonths.length > 0 &&
            `${t('product.season')} ${p.seasonMonths.map((m) => t(`month.${m}`)).join(' ')}`}
        </p>
        {photos.length > 1 && (
          <ul class="gallery">
            {photos.slice(1).map((m) => (
              <li key={m.url}>
                <img src={m.url} alt={p.name} loading="lazy" width={200} height={150} />
              </li>
            ))}
          </ul>
        )}
        {p.story && (
          <section class="card">
            <h2>{t('product.story')}</h2>
            <p class="prose">{p.story}</p>
          </section>
        )}
        {p.description && <p class="prose">{p.description}</p>}
        {videos.length > 0 && (
          <section class="card">
            <h2>{t('product.videos')}</h2>
            <ul>
              {videos.map((v) => (
                <li key={v.url}>
                  <a href={v.url} rel="noopener nofollow" target="_blank">
                    {t('product.watchOn', { site: videoSite(v.url) })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading">{t('product.openBatches')}</h2>
        {batches.length ? (
          batches.map((b) => <BatchDetails key={b.id} batch={b} />)
        ) : (
          <p class="card muted">{t('product.noBatches')}</p>
        )}
      </section>
      <section class="card">
        <h2>{t('product.contacts')}</h2>
        <ul>
          {c.phone && (
            <li>
              {t('product.phone')} <a href={`tel:${c.phone}`}>{c.phone}</a>
            </li>
          )}
          {c.lineId && <li>LINE: {c.lineId}</li>}
          {SOCIAL.filter(([key]) => safeUrl(c[key])).map(([key, name]) => (
            <li key={key}>
              <a href={c[key]} rel="noopener nofollow" target="_blank">
                {name}
              </a>
            </li>
          ))}
          {!c.phone && !c.lineId && !c.facebookUrl && !c.tiktokUrl && <li class="muted">{t('product.contactLao')}</li>}
        </ul>
      </section>
      <section class="card" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t('product.reviews', { n: reviews.total })}</h2>
        {reviews.items.length ? (
          <ul class="reviews">
            {reviews.items.map((r) => (
              <li key={r.id}>
                <Stars value={r.rating} label={t('product.stars', { n: r.rating })} />
                <p>{r.text}</p>
                <p class="muted">{dateTime(r.createdAt)}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('product.noReviews')}</p>
        )}
      </section>
      <p class="tags">{p.hashtags}</p>
    </>
  );
}

export default function ProductPage({ id }: { id: string }) {
  const loaded = useLoad(`/products/${id}`, () => loadProduct(id));
  return <Page loaded={loaded}>{(data) => <ProductView data={data} />}</Page>;
}
