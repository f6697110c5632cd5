import { api, call } from '../../api/client';
import { unitLabel } from '../../components/labels';
import { Page } from '../../components/states';
import { dayRange, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { mine, useMe } from '../me';
import { FarmerNav } from '../nav';
import './catalogs';

/** My harvest batches, the ones that need me first (open, then closed, drafts, the rest). */
const ORDER = ['open', 'closed', 'draft', 'harvested', 'completed', 'cancelled'];

export default function BatchListPage() {
  const me = useMe();
  const loaded = useLoad('/farmer/batches', () => call(api.GET('/api/v1/batches', { params: { query: mine(me) } })));
  return (
    <>
      <h1>{t('farmer.batches.title')}</h1>
      <FarmerNav />
      <a class="button primary" href="/farmer/batches/new">
        {t('farmer.batches.new')}
      </a>
      <Page loaded={loaded}>
        {(batches) =>
          batches.length ? (
            <ul class="order-list">
              {[...batches]
                .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
                .map((b) => (
                  <li key={b.id} class="card">
                    <a href={`/farmer/batches/${b.id}`}>
                      <strong>{b.productName}</strong> · {dayRange(b.harvestStart, b.harvestEnd)}
                    </a>
                    <p>
                      <span class={`status status-${b.status}`}>{t(`batchStatus.${b.status}`)}</span> ·{' '}
                      {t('farmer.batches.reservedOf', {
                        reserved: num(b.reservedQuantity),
                        of: num(b.reservableQuantity),
                        unit: unitLabel(b.unit),
                      })}
                    </p>
                  </li>
                ))}
            </ul>
          ) : (
            <p class="card muted">{t('farmer.batches.none')}</p>
          )
        }
      </Page>
    </>
  );
}
