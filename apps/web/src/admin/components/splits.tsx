import { baht, num } from '../../format';
import { t } from '../../i18n';
import type { Breakdown } from '../api';
import { ScrollTable } from './scroll-table';

/** The figures split by producer kind and by product category. */
export function Splits({ breakdown }: { breakdown: Breakdown }) {
  return (
    <div class="splits">
      <section class="card">
        <ScrollTable>
        <table class="data">
          <caption>{t('admin.split.byKind')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.col.producerKind')}</th>
              <th scope="col" class="num">{t('admin.figure.salesCount')}</th>
              <th scope="col" class="num">{t('admin.figure.revenueSatang')}</th>
              <th scope="col" class="num">{t('admin.figure.beneficiaries')}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.byProducerKind.map((r) => (
              <tr key={r.producerKind}>
                <th scope="row">{t(`producerKind.${r.producerKind}`)}</th>
                <td class="num">{num(r.salesCount ?? 0)}</td>
                <td class="num">{baht(r.revenueSatang ?? 0)}</td>
                <td class="num">{num(r.beneficiaries ?? 0)}</td>
              </tr>
            ))}
            {breakdown.byProducerKind.length === 0 && (
              <tr>
                <td colSpan={4} class="muted">
                  {t('admin.noSales')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        </ScrollTable>
      </section>
      <section class="card">
        <ScrollTable>
        <table class="data">
          <caption>{t('admin.split.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.col.category')}</th>
              <th scope="col" class="num">{t('admin.figure.salesCount')}</th>
              <th scope="col" class="num">{t('admin.figure.revenueSatang')}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.byCategory.map((r) => (
              <tr key={r.category}>
                <th scope="row">{t(`category.${r.category}`)}</th>
                <td class="num">{num(r.salesCount ?? 0)}</td>
                <td class="num">{baht(r.revenueSatang ?? 0)}</td>
              </tr>
            ))}
            {breakdown.byCategory.length === 0 && (
              <tr>
                <td colSpan={3} class="muted">
                  {t('admin.noSales')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        </ScrollTable>
      </section>
    </div>
  );
}
