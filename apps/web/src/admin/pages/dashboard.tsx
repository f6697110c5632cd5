import { num } from '../../format';
import { useState } from 'preact/hooks';
import type { Me } from '../../api/types';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { loadBreakdown, loadProvinces, loadSummary } from '../api';
import type { Summary } from '../api';
import { AdminPage, Forbidden } from '../components/admin-page';
import { AreaTable } from '../components/area-table';
import { ExportButtons } from '../components/export-buttons';
import { Figures } from '../components/figures';
import { MonthChart } from '../components/month-chart';
import { PeriodPicker } from '../components/period-picker';
import { Splits } from '../components/splits';
import { ThailandMap } from '../components/thailand-map';
import { periodFromQuery, periodToQuery } from '../period';
import { progressScore } from '../progress';
import { areaPath, childLevel, homeArea } from '../scope';
import type { Area } from '../scope';
import { SubmissionNote } from '../components/submission-note';

const RANK = { nation: 0, province: 1, district: 2, lao: 3 } as const;

/** The area's name for headings, from what the reports already carry. */
export function areaName(area: Area, summary: Summary, provinces: Array<{ code: string; nameTh: string }>): string {
  const first = summary.rows[0];
  if (area.level === 'nation') return t('admin.nation');
  if (area.level === 'province')
    return t('admin.provinceName', {
      name: provinces.find((p) => p.code === area.code)?.nameTh ?? first?.provinceNameTh ?? area.code,
    });
  if (area.level === 'district') return t('admin.districtName', { name: first?.districtNameTh ?? area.code });
  return first?.nameTh ?? area.code;
}

/** The dashboard of an area and a period: the four figures against targets, months, splits, map and areas. */
export default function Dashboard({ me, area }: { me: Me; area: Area }) {
  const { query, navigate, path } = useLocation();
  const period = periodFromQuery(query);
  const q = periodToQuery(period);
  const [forbidden, setForbidden] = useState(false);
  const loaded = useLoad(`dash:${area.level}:${area.code}:${q}`, () =>
    Promise.all([loadSummary(area, period), loadBreakdown(area, period), loadProvinces()]),
  );
  if (forbidden) return <Forbidden />;
  const home = homeArea(me);
  return (
    <AdminPage loaded={loaded}>
      {([summary, breakdown, provinces]) => {
        const name = areaName(area, summary, provinces);
        const level = childLevel(area.level);
        const scores = new Map<string, number | null>();
        if (area.level === 'nation') for (const r of summary.rows) scores.set(r.code, progressScore(r.progress));
        if (area.level === 'province') scores.set(area.code, progressScore(summary.totals.progress));
        const first = summary.rows[0];
        const crumbs: Area[] = [
          { level: 'nation' as const, code: '' },
          { level: 'province' as const, code: area.level === 'province' ? area.code : (first?.provinceCode ?? '') },
          { level: 'district' as const, code: area.level === 'district' ? area.code : (first?.districtCode ?? '') },
        ].filter(
          (c) =>
            RANK[c.level] >= RANK[home.level] && RANK[c.level] < RANK[area.level] && (c.level === 'nation' || c.code),
        );
        return (
          <div class="dashboard">
            {crumbs.length > 0 && (
              <nav aria-label={t('admin.crumbs')} class="crumbs">
                {crumbs.map((c) => (
                  <a key={c.level} href={`/admin${areaPath(c)}?${q}`}>
                    {t(`admin.up.${c.level}`)}
                  </a>
                ))}
              </nav>
            )}
            <h1>{t('admin.dashboard.title', { name })}</h1>
            <p class="period-label" data-testid="period-label">
              {summary.period.labelTh}
            </p>
            <PeriodPicker period={period} onChange={(p) => navigate(`${path}?${periodToQuery(p)}`)} />
            <ExportButtons area={area} period={period} onForbidden={() => setForbidden(true)} />
            <SubmissionNote summary={summary} />
            <Figures totals={summary.totals} />
            <p
              class={summary.flaggedSales > 0 ? 'card flagged-note warn' : 'muted flagged-note'}
              data-testid="flagged-count"
            >
              {summary.flaggedSales > 0
                ? t('admin.flagged.dashboard', { n: num(summary.flaggedSales) })
                : t('admin.flagged.dashboardNone')}{' '}
              {summary.flaggedSales > 0 && area.level === home.level && area.code === home.code && (
                <a href={`/admin/flagged-sales?${q}`}>{t('admin.flagged.dashboardLink')}</a>
              )}
            </p>
            <MonthChart months={breakdown.byMonth} />
            <Splits breakdown={breakdown} />
            {(area.level === 'nation' || area.level === 'province') && (
              <ThailandMap provinces={provinces} scores={scores} query={q} />
            )}
            {area.level !== 'lao' && (
              <AreaTable
                rows={summary.rows}
                level={level}
                behindFirst={area.level === 'nation' || area.level === 'province'}
                query={q}
              />
            )}
          </div>
        );
      }}
    </AdminPage>
  );
}
