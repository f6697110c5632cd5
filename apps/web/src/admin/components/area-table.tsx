import { useState } from 'preact/hooks';
import { baht, num } from '../../format';
import { t } from '../../i18n';
import type { SummaryRow } from '../api';
import { progressScore } from '../progress';
import { areaPath } from '../scope';
import { ProgressBar } from './figures';
import { DataTable } from './data-table';

type SortKey = 'name' | 'salesCount' | 'revenueSatang' | 'beneficiaries' | 'contentLinks' | 'progress';

/**
 * The areas one level down with their figures and progress, sortable by any column; each name links to
 * that area's dashboard. `behindFirst` starts with the areas furthest behind their targets.
 */
export function AreaTable({
  rows,
  level,
  behindFirst,
  query,
}: {
  rows: SummaryRow[];
  level: 'province' | 'district' | 'lao';
  behindFirst: boolean;
  query: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>(
    behindFirst ? { key: 'progress', asc: true } : { key: 'name', asc: true },
  );
  const value = (r: SummaryRow, k: SortKey): number | string =>
    k === 'name' ? r.nameTh : k === 'progress' ? (progressScore(r.progress) ?? Infinity) : r[k];
  const sorted = [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'th') : x === y ? 0 : x < (y as number) ? -1 : 1;
    return sort.asc ? c : -c;
  });
  const header = (k: SortKey, numeric = true) => (
    <th
      scope="col"
      class={numeric ? 'num' : undefined}
      aria-sort={sort.key === k ? (sort.asc ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        class="sort"
        onClick={() => setSort((s) => ({ key: k, asc: s.key === k ? !s.asc : k === 'name' || k === 'progress' }))}
      >
        {t(k === 'name' ? `admin.level.${level}` : k === 'progress' ? 'admin.col.progress' : `admin.figure.${k}`)}
        <span aria-hidden="true">{sort.key === k ? (sort.asc ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  return (
    <section class="card">
      <DataTable
        tableClass="data areas"
        caption={
          <>
            {t(`admin.areas.${level}`)}
            {behindFirst && <span class="small muted"> · {t('admin.areas.behindFirst')}</span>}
          </>
        }
        rows={sorted}
        rowKey={(r) => r.code}
        columns={[
          {
            header: header('name', false),
            cell: (r) => <a href={`/admin${areaPath({ level, code: r.code })}?${query}`}>{r.nameTh}</a>,
          },
          { header: header('salesCount'), num: true, cell: (r) => num(r.salesCount) },
          { header: header('revenueSatang'), num: true, cell: (r) => baht(r.revenueSatang) },
          { header: header('beneficiaries'), num: true, cell: (r) => num(r.beneficiaries) },
          { header: header('contentLinks'), num: true, cell: (r) => num(r.contentLinks) },
          {
            header: header('progress'),
            cell: (r) => <ProgressBar value={progressScore(r.progress)} label={r.nameTh} />,
          },
        ]}
      />
    </section>
  );
}
