import { FormAlert, useAction } from '../../components/form';
import { Page } from '../../components/states';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { downloadCsv, loadPacking } from './packing-data';
import { PackingPoint } from './packing-point';
import './texts';
import './orders.css';

/** จัดของและส่งมอบ: the batch's packing list per pickup point and day, printable, as CSV, and its handover steps. */
export function PackingPage({ id }: { id: string }) {
  const loaded = useLoad(`/farmer/batches/${id}/packing`, () => loadPacking(id));
  const csv = useAction(() => t('farmer.orders.packing.csvFailed'));
  return (
    <div class="farmer-orders packing">
      <p class="no-print">
        <a href="/farmer">← {t('farmer.orders.back')}</a>
      </p>
      <Page loaded={loaded}>
        {(data, reload) => (
          <>
            <h1>
              {t('farmer.orders.packing.title')}: {data.batch.productName}
            </h1>
            <div class="actions no-print">
              <button type="button" class="button" onClick={() => window.print()}>
                {t('farmer.orders.packing.print')}
              </button>
              <button
                type="button"
                class="button"
                disabled={csv.busy}
                onClick={() => void csv.run(() => downloadCsv(id))}
              >
                {t('farmer.orders.packing.csv')}
              </button>
            </div>
            <FormAlert error={csv.error} />
            {data.groups.length === 0 ? (
              <p class="card">{t('farmer.orders.packing.empty')}</p>
            ) : (
              data.groups.map((g) => (
                <PackingPoint key={g.key} group={g} batch={data.batch} orders={data.orders} onChanged={reload} />
              ))
            )}
          </>
        )}
      </Page>
    </div>
  );
}

export default PackingPage;
