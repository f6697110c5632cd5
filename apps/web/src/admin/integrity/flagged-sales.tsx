import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { Me } from '../../api/types';
import type { paths } from '../../api/schema';
import { TextAreaField } from '../../components/field';
import { SubmitButton, useSubmit } from '../../components/form';
import { baht, dateTime, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { AdminPage } from '../components/admin-page';
import { PeriodPicker } from '../components/period-picker';
import { reportQuery } from '../api';
import { periodFromQuery, periodToQuery } from '../period';
import { homeArea } from '../scope';
import { refusedReason } from './refused-reason';

type FlaggedPage = paths['/api/v1/reports/flagged-sales']['get']['responses'][200]['content']['application/json'];
type Flagged = FlaggedPage['items'][number];
type Status = 'open' | 'excluded';

/** One flagged sale: why it looks made up, and — for one still counted — excluding it with a reason. */
function FlaggedRow({ sale, onExcluded }: { sale: Flagged; onExcluded: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, busy, submit } = useSubmit();

  const refused = refusedReason({
    reason: t('admin.flagged.errReason'),
    state: t('admin.flagged.errState'),
    forbidden: t('admin.flagged.errForbidden'),
  });

  const onSubmit = (e: Event) => {
    e.preventDefault();
    void submit(
      reason.trim() ? {} : { reason: t('admin.flagged.errReason') },
      async () => {
        await call(
          api.POST('/api/v1/reports/flagged-sales/{orderId}/exclusion', {
            params: { path: { orderId: sale.orderId } },
            body: { reason: reason.trim() },
          }),
        );
        onExcluded();
      },
      refused,
    );
  };

  return (
    <li class="card flagged-sale" data-testid="flagged-sale">
      <p>
        <strong>{sale.producerName ?? sale.producerId.slice(0, 8)}</strong> · {sale.laoNameTh} ·{' '}
        {dateTime(sale.completedAt)} · {baht(sale.goodsTotalSatang)}
      </p>
      <ul class="flag-reasons">
        {sale.reasons.map((r) => (
          <li key={r}>{t(`admin.flagged.reason.${r}`, { n: num(sale.sameDayCount) })}</li>
        ))}
      </ul>
      <p class="muted">
        {t('admin.flagged.order')}:{' '}
        <a href={`/admin/orders/${sale.orderId}`}>{sale.orderId.slice(0, 8).toUpperCase()}</a>
      </p>
      {sale.exclusion ? (
        <p class="muted" data-testid="exclusion">
          {t('admin.flagged.excludedNote', { reason: sale.exclusion.reason, at: dateTime(sale.exclusion.excludedAt) })}
          {sale.exclusion.adjustsSubmissionIds.length > 0 &&
            ` ${t('admin.flagged.asAdjustment', { month: sale.exclusion.month })}`}
        </p>
      ) : open ? (
        <form onSubmit={onSubmit} noValidate>
          <TextAreaField
            id={`exclude-${sale.orderId}`}
            label={t('admin.flagged.reasonLabel')}
            error={errors.reason}
            maxLength={500}
            value={reason}
            onValue={setReason}
          />
          <SubmitButton busy={busy} label={t('admin.flagged.confirm')} busyLabel={t('admin.sending')} />{' '}
          <button type="button" class="button" onClick={() => setOpen(false)}>
            {t('admin.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" class="button danger" onClick={() => setOpen(true)}>
          {t('admin.flagged.exclude')}
        </button>
      )}
    </li>
  );
}

/**
 * ยอดขายที่ควรตรวจสอบ: sales of the area that look made up, to question before the month is submitted.
 * They count until excluded here (with a reason, kept with who and when; in a submitted month the change
 * shows as an adjustment of the next month's report).
 */
export default function FlaggedSalesPage({ me }: { me: Me }) {
  const { query, navigate, path } = useLocation();
  const period = periodFromQuery(query);
  const status: Status = query.get('status') === 'excluded' ? 'excluded' : 'open';
  const area = homeArea(me);
  const q = periodToQuery(period);
  const loaded = useLoad(`flagged:${q}:${status}`, () =>
    call(
      api.GET('/api/v1/reports/flagged-sales', {
        params: { query: { ...reportQuery(area, period), status, pageSize: 100 } },
      }),
    ),
  );
  const go = (s: Status) => navigate(`${path}?${q}&status=${s}`);
  return (
    <div class="flagged-sales">
      <h1>{t('admin.flagged.title')}</h1>
      <p class="muted">{t('admin.flagged.intro')}</p>
      <PeriodPicker period={period} onChange={(p) => navigate(`${path}?${periodToQuery(p)}&status=${status}`)} />
      <div role="group" aria-label={t('admin.flagged.show')} class="segmented">
        <button type="button" class="button" aria-pressed={status === 'open'} onClick={() => go('open')}>
          {t('admin.flagged.open')}
        </button>
        <button type="button" class="button" aria-pressed={status === 'excluded'} onClick={() => go('excluded')}>
          {t('admin.flagged.excluded')}
        </button>
      </div>
      <AdminPage loaded={loaded}>
        {(page, reload) =>
          page.items.length === 0 ? (
            <p class="card">{status === 'open' ? t('admin.flagged.noneOpen') : t('admin.flagged.noneExcluded')}</p>
          ) : (
            <>
              <p data-testid="flagged-total">{t('admin.flagged.total', { n: num(page.total) })}</p>
              <ul class="flagged-list plain-list">
                {page.items.map((s) => (
                  <FlaggedRow key={s.orderId} sale={s} onExcluded={reload} />
                ))}
              </ul>
            </>
          )
        }
      </AdminPage>
    </div>
  );
}
