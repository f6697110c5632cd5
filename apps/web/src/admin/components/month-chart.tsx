import { useEffect, useRef } from 'preact/hooks';
import { baht, monthLabel, num } from '../../format';
import { currentLang, t } from '../../i18n';
import type { Breakdown } from '../api';
import { DataTable } from './data-table';

type Month = Breakdown['byMonth'][number];

/**
 * Sales (bars) and revenue (line) per month, with Thai month names in the B.E.; the canvas carries a
 * summary for screen readers and the same figures stand beside it as a table.
 */
export function MonthChart({ months }: { months: Month[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = months.map((m) => monthLabel(m.month ?? '', true));
  useEffect(() => {
    let live = true;
    let chart: { destroy(): void } | undefined;
    void import('../chart-setup').then(({ Chart }) => {
      if (!live || !canvas.current) return;
      chart = new Chart(canvas.current, {
        data: {
          labels,
          datasets: [
            {
              type: 'bar',
              label: t('admin.figure.salesCount'),
              data: months.map((m) => m.salesCount ?? 0),
              backgroundColor: '#2f6b3a',
              yAxisID: 'sales',
              maxBarThickness: 56,
              order: 2,
            },
            {
              type: 'line',
              label: t('admin.chart.revenueBaht'),
              data: months.map((m) => (m.revenueSatang ?? 0) / 100),
              borderColor: '#b8860b',
              backgroundColor: '#b8860b',
              yAxisID: 'revenue',
              pointRadius: 4,
              order: 1,
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: {
            sales: {
              type: 'linear',
              position: 'left',
              beginAtZero: true,
              ticks: { precision: 0 },
              title: { display: true, text: t('admin.figure.salesCount') },
            },
            revenue: {
              type: 'linear',
              position: 'right',
              beginAtZero: true,
              grid: { drawOnChartArea: false },
              title: { display: true, text: t('admin.chart.revenueBaht') },
            },
          },
        },
      });
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [JSON.stringify(months), currentLang()]);

  const totalSales = months.reduce((a, m) => a + (m.salesCount ?? 0), 0);
  const alt = t('admin.chart.alt', {
    n: months.length,
    from: labels[0] ?? '',
    to: labels[labels.length - 1] ?? '',
    sales: num(totalSales),
  });
  return (
    <section class="card chart-block" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('admin.chart.title')}</h2>
      <div class="chart-grid">
        <div class="chart-canvas">
          <canvas ref={canvas} role="img" aria-label={alt}>
            {alt}
          </canvas>
        </div>
        <DataTable
          caption={t('admin.chart.tableCaption')}
          rows={months}
          rowKey={(m) => m.month ?? ''}
          columns={[
            { label: t('admin.col.month'), cell: (m) => monthLabel(m.month ?? '') },
            { label: t('admin.figure.salesCount'), num: true, cell: (m) => num(m.salesCount ?? 0) },
            { label: t('admin.figure.revenueSatang'), num: true, cell: (m) => baht(m.revenueSatang ?? 0) },
            { label: t('admin.figure.beneficiaries'), num: true, cell: (m) => num(m.beneficiaries ?? 0) },
          ]}
        />
      </div>
    </section>
  );
}
