import { useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { Batch, Product, Province } from '../api/types';
import { BatchCard } from '../components/batch-card';
import { CATEGORIES, categoryLabel } from '../components/labels';
import { PlaceSelect } from '../components/place-select';
import type { PlaceValue } from '../components/place-select';
import { Page } from '../components/states';
import { t } from '../i18n';
import { useLoad } from '../load';
import { useLocation } from '../router';

export interface HomeData {
  provinces: Province[];
  batches: Batch[];
  products: Record<string, Product>;
}

const SHOWN = 60;

/** Open batches for the filters in the URL, with their products (photo, LAO) — one shape for server and browser. */
export async function loadHome(query: URLSearchParams): Promise<HomeData> {
  const place = {
    provinceCode: query.get('province') || undefined,
    districtCode: query.get('district') || undefined,
    laoCode: query.get('lao') || undefined,
  };
  const category = (CATEGORIES as string[]).includes(query.get('category') ?? '')
    ? (query.get('category') as Batch['category'])
    : undefined;
  const q = query.get('q')?.trim();
  const [provinces, open] = await Promise.all([
    call(api.GET('/api/v1/provinces')),
    call(api.GET('/api/v1/batches', { params: { query: { status: 'open', ...place, category } } })),
  ]);
  let batches = open;
  const products: Record<string, Product> = {};
  if (q) {
    // search is the catalog's (Thai words without spaces match inside the text)
    const found = await call(
      api.GET('/api/v1/products', { params: { query: { q, ...place, category, pageSize: 100 } } }),
    );
    for (const p of found.items) products[p.id] = p;
    batches = batches.filter((b) => products[b.productId]);
  }
  batches = sortBatches(batches, query.get('sort') === 'closing' ? 'closing' : 'newest').slice(0, SHOWN);
  const missing = [...new Set(batches.map((b) => b.productId).filter((id) => !products[id]))];
  if (missing.length) {
    const page = await call(
      api.GET('/api/v1/products', { params: { query: { ids: missing.join(','), pageSize: 100 } } }),
    );
    for (const p of page.items) products[p.id] = p;
  }
  return { provinces, batches, products };
}

export function sortBatches(batches: Batch[], sort: 'newest' | 'closing'): Batch[] {
  const by =
    sort === 'closing' ? (b: Batch) => Date.parse(b.preorderClosesAt) : (b: Batch) => -Date.parse(b.preorderOpensAt);
  return [...batches].sort((a, b) => by(a) - by(b));
}

export default function Home() {
  const { path, query, navigate } = useLocation();
  const key = `${path}?${query.toString()}`;
  const loaded = useLoad(key, () => loadHome(query));
  const [place, setPlace] = useState<PlaceValue>({
    provinceCode: query.get('province') ?? '',
    districtCode: query.get('district') ?? '',
    laoCode: query.get('lao') ?? '',
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const [k, v] of form) if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    navigate(`/?${next.toString()}`);
  };
  return (
    <>
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.lead')}</p>
      </section>
      <form class="filters card" method="get" action="/" role="search" onSubmit={submit}>
        <div class="field">
          <label for="q">{t('home.search')}</label>
          <input id="q" name="q" type="search" defaultValue={query.get('q') ?? ''} placeholder={t('home.searchHint')} />
        </div>
        <details class="more-filters" open={!!(query.get('province') || query.get('category'))}>
          <summary>{t('home.moreFilters')}</summary>
          {loaded.state === 'ok' && (
            <PlaceSelect idPrefix="f" value={place} onChange={setPlace} provinces={loaded.data.provinces} withLao />
          )}
          <div class="field">
            <label for="category">{t('home.category')}</label>
            <select id="category" name="category" defaultValue={query.get('category') ?? ''}>
              <option value="">{t('place.all')}</option>
              {CATEGORIES.map((c) => (
                <option value={c} key={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="sort">{t('home.sort')}</label>
            <select id="sort" name="sort" defaultValue={query.get('sort') ?? 'newest'}>
              <option value="newest">{t('home.sortNewest')}</option>
              <option value="closing">{t('home.sortClosing')}</option>
            </select>
          </div>
        </details>
        <button class="button" type="submit">
          {t('home.searchButton')}
        </button>
      </form>
      <Page loaded={loaded}>
        {(data) => (
          <section aria-labelledby="open-heading">
            <h2 id="open-heading">{t('home.open', { n: data.batches.length })}</h2>
            {data.batches.length ? (
              <ul class="batch-grid">
                {data.batches.map((b) => (
                  <BatchCard key={b.id} batch={b} product={data.products[b.productId]} />
                ))}
              </ul>
            ) : (
              <p class="card muted">{t('home.none')}</p>
            )}
          </section>
        )}
      </Page>
    </>
  );
}
