import { day, num, percent, todayBangkok } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { loadProvinces, loadSummary } from '../api';
import { AdminPage } from '../components/admin-page';
import { FIGURE_KEYS, figureText } from '../components/figures';
import { periodFromQuery, periodToQuery } from '../period';
import { progressScore } from '../progress';
import { areaPath, childLevel } from '../scope';
import type { Area } from '../scope';
import { areaName } from './dashboard';
import { ScrollTable } from '../components/scroll-table';

/** The report sheet on A4 for a signed paper copy: the area and period in the header, B.E. dates, signatures. */
export default function PrintView({ area }: { area: Area }) {
  const { query } = useLocation();
  const period = periodFromQuery(query);
  const loaded = useLoad(`print:${area.level}:${area.code}:${periodToQuery(period)}`, () =>
    Promise.all([loadSummary(area, period), loadProvinces()]),
  );
  return (
    <AdminPage loaded={loaded}>
      {([summary, provinces]) => {
        const level = childLevel(area.level);
        return (
          <article class="sheet">
            <div class="no-print toolbar">
              <a class="button" href={`/admin${areaPath(area)}?${periodToQuery(period)}`}>
                {t('admin.print.back')}
              </a>
              <button type="button" class="button primary" onClick={() => window.print()}>
                {t('admin.print.print')}
              </button>
            </div>
            <header class="sheet-head">
              <p class="small">{t('admin.print.programme')}</p>
              <h1>{t('admin.print.title', { name: areaName(area, summary, provinces) })}</h1>
              <p>{summary.period.labelTh}</p>
            </header>
            <ScrollTable>
              <table class="data sheet-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.col.no')}</th>
                    <th scope="col">{t(`admin.level.${level}`)}</th>
                    {FIGURE_KEYS.map((k) => (
                      <th key={k} scope="col" class="num">
                        {t(`admin.figure.${k}`)}
                      </th>
                    ))}
                    <th scope="col" class="num">
                      {t('admin.col.progress')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {summary.rows.map((r, i) => {
                    const p = progressScore(r.progress);
                    return (
                      <tr key={r.code}>
                        <td>{num(i + 1)}</td>
                        <th scope="row">{r.nameTh}</th>
                        {FIGURE_KEYS.map((k) => (
                          <td key={k} class="num">
                            {figureText(k, r[k])}
                          </td>
                        ))}
                        <td class="num">{p === null ? '–' : percent(p)}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <td />
                    <th scope="row">{t('admin.col.total')}</th>
                    {FIGURE_KEYS.map((k) => (
                      <td key={k} class="num">
                        {figureText(k, summary.totals[k])}
                      </td>
                    ))}
                    <td class="num">
                      {progressScore(summary.totals.progress) === null
                        ? '–'
                        : percent(progressScore(summary.totals.progress)!)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
            <div class="signatures">
              <p>
                {t('admin.print.preparedBy')}
                <br />
                (.......................................................)
                <br />
                {t('admin.print.position')}
              </p>
              <p>
                {t('admin.print.approvedBy')}
                <br />
                (.......................................................)
                <br />
                {t('admin.print.position')}
              </p>
            </div>
            <p class="small muted">{t('admin.print.printedOn', { date: day(todayBangkok()) })}</p>
          </article>
        );
      }}
    </AdminPage>
  );
}
