import { baht, num } from '../../format';
import { t } from '../../i18n';
import type { Breakdown } from '../api';
import { DataTable } from './data-table';

type Row = { salesCount?: number; revenueSatang?: number; beneficiaries?: number };
// labels are read at render: the language can change while the page is open
const sales = () => ({ label: t('admin.figure.salesCount'), num: true, cell: (r: Row) => num(r.salesCount ?? 0) });
const revenue = () => ({
  label: t('admin.figure.revenueSatang'),
  num: true,
  cell: (r: Row) => baht(r.revenueSatang ?? 0),
});

/** The figures split by producer kind and by product category. */
export function Splits({ breakdown }: { breakdown: Breakdown }) {
  return (
    <div class="splits">
      <section class="card">
        <DataTable
          caption={t('admin.split.byKind')}
          rows={breakdown.byProducerKind}
          rowKey={(r) => r.producerKind ?? ''}
          empty={t('admin.noSales')}
          columns={[
            { label: t('admin.col.producerKind'), cell: (r) => t(`producerKind.${r.producerKind}`) },
            sales(),
            revenue(),
            { label: t('admin.figure.beneficiaries'), num: true, cell: (r) => num(r.beneficiaries ?? 0) },
          ]}
        />
      </section>
      <section class="card">
        <DataTable
          caption={t('admin.split.byCategory')}
          rows={breakdown.byCategory}
          rowKey={(r) => r.category ?? ''}
          empty={t('admin.noSales')}
          columns={[{ label: t('admin.col.category'), cell: (r) => t(`category.${r.category}`) }, sales(), revenue()]}
        />
      </section>
    </div>
  );
}
