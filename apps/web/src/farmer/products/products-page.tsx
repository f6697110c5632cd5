import { api, call } from '../../api/client';
import type { Me } from '../../api/types';
import { unitLabel } from '../../components/labels';
import { Page } from '../../components/states';
import { baht } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { photosOf, thumbOf } from './product-values';
import './products.css';
import './catalogs';

/** /farmer/products — a producer's own products, or every product of an LAO admin's LAO. */
export default function ProductsPage({ me }: { me: Me }) {
  const query = me.producerId ? { producerId: me.producerId, pageSize: 100 } : { laoCode: me.laoCode, pageSize: 100 };
  const loaded = useLoad(`farmer-products:${me.id}`, () => call(api.GET('/api/v1/products', { params: { query } })));
  return (
    <>
      <h1>{t('farmer.products.title')}</h1>
      <p class="muted">{t('farmer.products.lead')}</p>
      <a class="button primary" href="/farmer/products/new">
        {t('farmer.products.add')}
      </a>
      <Page loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="card">{t('farmer.products.empty')}</p>
          ) : (
            <ul class="fp-list">
              {page.items.map((p) => {
                const photos = photosOf(p);
                return (
                  <li key={p.id}>
                    <a href={`/farmer/products/${p.id}`}>
                      {photos[0] ? (
                        <img src={thumbOf(photos[0])} alt="" width={400} height={300} />
                      ) : (
                        <span class="photo-placeholder" aria-hidden="true" />
                      )}
                      <span class="body">
                        <p class="strong">{p.name}</p>
                        <p>
                          {baht(p.priceSatang)} / {unitLabel(p.unit)}
                        </p>
                        <p class="small muted">
                          {photos.length
                            ? t('farmer.products.photoCount', { n: photos.length })
                            : t('farmer.products.noPhoto')}
                        </p>
                        {!me.producerId && <p class="small muted">{p.producerName}</p>}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          )
        }
      </Page>
    </>
  );
}
