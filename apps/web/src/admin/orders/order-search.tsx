import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import { TextField } from '../../components/field';
import { baht, dateTime } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { AdminPage } from '../components/admin-page';
import { DataTable } from '../components/data-table';

/** What GET /orders?q= takes (the API's ORDER_SEARCH): an order number of 8+ characters, or a Thai phone. */
export function searchTerm(raw: string): string | null {
  const q = raw.trim().toLowerCase().replace(/^#/, '').replace(/[\s]/g, '');
  const phone = q.replace(/^\+66/, '0').replace(/-/g, '');
  if (/^0\d{8,9}$/.test(phone)) return phone;
  return /^[0-9a-f][0-9a-f-]{7,35}$/.test(q) ? q : null;
}

export const orderNumber = (id: string) => id.slice(0, 8).toUpperCase();

/** Orders of the admin's area found by number or the consumer's phone; each a link to its page. */
export default function OrderSearchPage() {
  const { query, navigate } = useLocation();
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  const [error, setError] = useState<string>();
  const submit = (e: Event) => {
    e.preventDefault();
    const term = searchTerm(text);
    if (!term) return setError(t('admin.orders.errSearch'));
    setError(undefined);
    navigate(`/admin/orders?q=${encodeURIComponent(term)}`);
  };
  return (
    <div>
      <h1>{t('admin.orders.title')}</h1>
      <form class="card search-form" role="search" onSubmit={submit} noValidate>
        <TextField
          id="order-q"
          label={t('admin.orders.search')}
          error={error}
          hint={t('admin.orders.searchHint')}
          type="search"
          value={text}
          onValue={setText}
        />
        <button type="submit" class="button primary">
          {t('admin.orders.find')}
        </button>
      </form>
      {q && <Results q={q} />}
    </div>
  );
}

function Results({ q }: { q: string }) {
  const loaded = useLoad(`orders:${q}`, () =>
    call(api.GET('/api/v1/orders', { params: { query: { q, pageSize: 50 } } })).catch((e) => {
      if (e instanceof ApiError && e.status === 400) return { items: [], total: 0, page: 1, pageSize: 50 };
      throw e;
    }),
  );
  return (
    <AdminPage loaded={loaded}>
      {(list) => (
        <section class="card">
          <DataTable
            caption={t('admin.orders.found', { n: list.total })}
            rows={list.items}
            rowKey={(o) => o.id}
            empty={t('admin.orders.none')}
            columns={[
              {
                label: t('admin.orders.number'),
                cell: (o) => <a href={`/admin/orders/${o.id}`}>{orderNumber(o.id)}</a>,
              },
              { label: t('admin.orders.product'), cell: (o) => o.productName },
              { label: t('admin.orders.status'), cell: (o) => t(`orderStatus.${o.status}`) },
              { label: t('admin.orders.reservedAt'), cell: (o) => dateTime(o.reservedAt) },
              { label: t('admin.orders.total'), num: true, cell: (o) => baht(o.totalSatang) },
            ]}
          />
        </section>
      )}
    </AdminPage>
  );
}
