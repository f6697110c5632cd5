import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { t } from '../../i18n';
import { exportFile } from '../api';
import type { Period } from '../period';
import { periodToQuery } from '../period';
import type { Area } from '../scope';
import { areaPath } from '../scope';

/** The DLA sheet for the area and period on screen, exactly the API's file, and its print view. */
export function ExportButtons({ area, period, onForbidden }: { area: Area; period: Period; onForbidden: () => void }) {
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setFailed(false);
    try {
      const { blob, filename } = await exportFile(area, period, format);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) onForbidden();
      else setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="toolbar">
      <button type="button" class="button" disabled={busy !== null} onClick={() => download('xlsx')}>
        {busy === 'xlsx' ? t('admin.export.busy') : t('admin.export.xlsx')}
      </button>
      <button type="button" class="button" disabled={busy !== null} onClick={() => download('csv')}>
        {busy === 'csv' ? t('admin.export.busy') : t('admin.export.csv')}
      </button>
      <a class="button" href={`/admin/print${areaPath(area)}?${periodToQuery(period)}`}>
        {t('admin.export.print')}
      </a>
      {failed && (
        <p class="alert" role="alert">
          {t('admin.export.failed')}
        </p>
      )}
    </div>
  );
}
