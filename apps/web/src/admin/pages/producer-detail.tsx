import { api, call } from '../../api/client';
import { baht, dateTime, dayRange } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { AdminPage } from '../components/admin-page';

/** One producer: its details, its products and their harvest batches. */
export default function ProducerDetail({ id }: { id: string }) {
  const loaded = useLoad(`producer:${id}`, async () => {
    const [producer, products, history] = await Promise.all([
      call(api.GET('/api/v1/producers/{id}', { params: { path: { id } } })),
      call(api.GET('/api/v1/products', { params: { query: { producerId: id, pageSize: 100 } } })),
      call(api.GET('/api/v1/producers/{id}/membership-history', { params: { path: { id }, query: { pageSize: 20 } } })),
    ]);
    const batches = await Promise.all(
      products.items.map((p) => call(api.GET('/api/v1/batches', { params: { query: { productId: p.id } } }))),
    );
    return {
      producer,
      history: history.items,
      products: products.items.map((p, i) => ({ product: p, batches: batches[i] })),
    };
  });
  return (
    <AdminPage loaded={loaded}>
      {({ producer, products, history }) => (
        <div>
          <h1>{producer.name}</h1>
          <dl class="facts card">
            <dt>{t('admin.producers.kind')}</dt>
            <dd>{t(`producerKind.${producer.kind}`)}</dd>
            <dt>{t('admin.producers.members')}</dt>
            <dd>{producer.memberCount}</dd>
            <dt>{t('admin.producers.promptPay')}</dt>
            <dd>{producer.promptPayId ?? '–'}</dd>
            <dt>{t('admin.producers.phone')}</dt>
            <dd>{producer.contacts?.phone ?? '–'}</dd>
            <dt>{t('admin.producers.consentShort')}</dt>
            <dd>{producer.publishContacts ? t('admin.yes') : t('admin.no')}</dd>
          </dl>
          <a class="button" href={`/admin/producers/${producer.id}/edit`}>
            {t('admin.producers.editButton')}
          </a>
          <h2>{t('admin.membership.history')}</h2>
          <ul class="card plain-list" data-testid="membership-history">
            {history.map((c) => (
              <li key={c.id}>
                {dateTime(c.changedAt)} · {t(`producerKind.${c.kind}`)} ·{' '}
                {t('admin.membership.members', { n: c.memberCount })} ·{' '}
                <span class="muted">{t(`admin.membership.source.${c.source}`)}</span>
                {c.reason && <span class="muted"> · {c.reason}</span>}
              </li>
            ))}
          </ul>
          <h2>{t('admin.producers.products')}</h2>
          {products.length === 0 && <p class="muted">{t('admin.producers.noProducts')}</p>}
          {products.map(({ product, batches }) => (
            <section key={product.id} class="card">
              <h3>
                <a href={`/products/${product.id}`}>{product.name}</a> · {baht(product.priceSatang)}
              </h3>
              {batches.length === 0 ? (
                <p class="muted small">{t('admin.producers.noBatches')}</p>
              ) : (
                <ul>
                  {batches.map((b) => (
                    <li key={b.id}>
                      {dayRange(b.harvestStart, b.harvestEnd)} · {t(`batchStatus.${b.status}`)} ·{' '}
                      {t('admin.producers.reserved', { n: b.reservedQuantity, of: b.reservableQuantity })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </AdminPage>
  );
}
