import type { Me } from '../../api/types';
import { baht, fiscalYearOf, num, todayBangkok } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { loadProvinces, loadTargets } from '../api';
import { AdminPage } from '../components/admin-page';
import { canSetTargets, homeArea } from '../scope';
import { TargetTable } from '../targets/target-table';
import type { TargetRow } from '../targets/target-table';
import { DataTable } from '../components/data-table';

/**
 * Fiscal-year targets: a province or DLA admin sets them for the areas PUT /targets takes (DLA: the
 * provinces; a province: itself and its LAOs) in a table that takes a column pasted from a spreadsheet;
 * an LAO admin sees its own.
 */
export default function TargetsPage({ me }: { me: Me }) {
  const { query, navigate } = useLocation();
  const current = fiscalYearOf(todayBangkok());
  const asked = Number(query.get('fy'));
  const fy = Number.isInteger(asked) && asked >= current - 3 && asked <= current + 2 ? asked : current;
  const area = homeArea(me);
  const loaded = useLoad(`targets:${area.level}:${area.code}:${fy}`, () =>
    Promise.all([loadTargets(area, fy), loadProvinces()]),
  );
  const editable = canSetTargets(me);
  return (
    <div>
      <h1>{t('admin.targets.title')}</h1>
      <p class="period-label">{t(editable ? 'admin.targets.intro' : 'admin.targets.introLao')}</p>
      <div class="field fy-field">
        <label for="targets-fy">{t('admin.period.fiscalYearField')}</label>
        <select
          id="targets-fy"
          value={fy}
          onChange={(e) => navigate(`/admin/targets?fy=${(e.target as HTMLSelectElement).value}`, { replace: true })}
        >
          {[current - 1, current, current + 1].map((y) => (
            <option key={y} value={y}>
              {t('admin.period.fyOption', { fy: y })}
            </option>
          ))}
        </select>
      </div>
      <AdminPage loaded={loaded}>
        {([summary, provinces], reload) => {
          const rows: TargetRow[] =
            area.level === 'province'
              ? [
                  {
                    level: 'province',
                    code: area.code,
                    name: t('admin.targets.wholeProvince', {
                      name: provinces.find((p) => p.code === area.code)?.nameTh ?? area.code,
                    }),
                    target: summary.totals.target,
                  },
                  ...summary.rows.map((r) => ({
                    level: 'lao' as const,
                    code: r.code,
                    name: r.nameTh,
                    note: r.districtNameTh && t('admin.districtName', { name: r.districtNameTh }),
                    target: r.target,
                  })),
                ]
              : summary.rows.map((r) => ({
                  level: area.level === 'nation' ? ('province' as const) : ('lao' as const),
                  code: r.code,
                  name: r.nameTh,
                  target: r.target,
                }));
          return editable ? (
            <TargetTable key={fy} fy={fy} rows={rows} onSaved={reload} />
          ) : (
            <ReadOnly fy={fy} rows={rows} />
          );
        }}
      </AdminPage>
    </div>
  );
}

function ReadOnly({ fy, rows }: { fy: number; rows: TargetRow[] }) {
  return (
    <section class="card">
      <DataTable
        caption={t('admin.targets.caption', { fy })}
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { label: t('admin.targets.area'), cell: (r) => r.name },
          { label: t('admin.figure.salesCount'), num: true, cell: (r) => (r.target ? num(r.target.salesCount) : '—') },
          {
            label: t('admin.targets.revenueBaht'),
            num: true,
            cell: (r) => (r.target ? baht(r.target.revenueSatang) : '—'),
          },
          {
            label: t('admin.figure.beneficiaries'),
            num: true,
            cell: (r) => (r.target ? num(r.target.beneficiaries) : '—'),
          },
        ]}
      />
      {rows.every((r) => !r.target) && <p class="muted">{t('admin.noTarget')}</p>}
    </section>
  );
}
