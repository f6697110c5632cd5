import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Me } from '../../api/types';
import { TextField } from '../../components/field';
import { SubmitButton, useSubmit } from '../../components/form';
import { Confirm } from '../components/confirm';
import { baht, dateTime, fiscalYearOf, monthLabel, num, todayBangkok } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { loadSummary } from '../api';
import type { Summary } from '../api';
import { AdminPage } from '../components/admin-page';
import { homeArea } from '../scope';
import { DataTable } from '../components/data-table';

/** Which months the user's area submitted (and what changed after), and submitting an ended month. */
export default function SubmissionsPage({ me }: { me: Me }) {
  const fy = fiscalYearOf(todayBangkok());
  const loaded = useLoad(`submissions:${fy}`, () =>
    call(api.GET('/api/v1/reports/submissions', { params: { query: { fiscalYear: fy } } })),
  );
  const area = homeArea(me);
  const own = (s: { areaLevel: string; areaCode: string }) =>
    s.areaLevel === (area.level === 'nation' ? 'nation' : area.level) && s.areaCode === area.code;
  return (
    <AdminPage loaded={loaded}>
      {(subs, reload) => (
        <div>
          <h1>{t('admin.submit.title')}</h1>
          <SubmitForm me={me} onDone={reload} />
          <section class="card">
            <DataTable
              caption={t('admin.submit.list', { fy })}
              rows={subs}
              rowKey={(s) => s.id}
              empty={t('admin.submit.none')}
              columns={[
                { label: t('admin.col.month'), cell: (s) => <a href={`/admin?m=${s.month}`}>{monthLabel(s.month)}</a> },
                {
                  label: t('admin.submit.area'),
                  cell: (s) =>
                    own(s) ? t('admin.submit.yours') : `${t(`admin.areaLevel.${s.areaLevel}`)} ${s.areaCode}`,
                },
                { label: t('admin.submit.when'), cell: (s) => dateTime(s.submittedAt) },
                { label: t('admin.figure.salesCount'), num: true, cell: (s) => num(s.totals.salesCount) },
                { label: t('admin.figure.revenueSatang'), num: true, cell: (s) => baht(s.totals.revenueSatang) },
                { label: t('admin.figure.beneficiaries'), num: true, cell: (s) => num(s.totals.beneficiaries) },
              ]}
            />
            <p class="small muted">{t('admin.submit.adjustmentsHint')}</p>
          </section>
        </div>
      )}
    </AdminPage>
  );
}

function SubmitForm({ me, onDone }: { me: Me; onDone: () => void }) {
  const current = todayBangkok().slice(0, 7);
  const [month, setMonth] = useState('');
  const [preview, setPreview] = useState<Summary | null>(null);
  const [done, setDone] = useState<string>();
  const { errors, busy, submit } = useSubmit();
  const area = homeArea(me);

  const review = (e: Event) => {
    e.preventDefault();
    setDone(undefined);
    void submit(
      !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)
        ? { month: t('admin.period.errMonth') }
        : month >= current
          ? { month: t('admin.submit.errNotEnded') }
          : {},
      async () => setPreview(await loadSummary(area, { kind: 'month', month })),
      () => ({ month: t('admin.errSend') }),
    );
  };
  const confirm = async () => {
    const sent = await submit(
      {},
      () => call(api.POST('/api/v1/reports/submissions', { body: { month } })),
      (err) => ({
        month:
          err instanceof ApiError && err.code === 'DUPLICATE'
            ? t('admin.submit.errDuplicate')
            : err instanceof ApiError && err.status === 400
              ? t('admin.submit.errNotEnded')
              : t('admin.errSend'),
      }),
    );
    setPreview(null);
    if (!sent) return;
    setDone(t('admin.submit.done', { month: monthLabel(month) }));
    onDone();
  };

  return (
    <form class="card" onSubmit={review} noValidate>
      <TextField
        id="submit-month"
        label={t('admin.submit.month')}
        error={errors.month}
        type="month"
        value={month}
        max={current}
        onValue={setMonth}
      />
      {!preview && <SubmitButton busy={busy} label={t('admin.submit.button')} />}
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {preview && (
        <Confirm
          labelledBy="confirm-title"
          busy={busy}
          yes={t('admin.submit.confirm')}
          yesClass="button primary"
          onYes={confirm}
          onCancel={() => setPreview(null)}
        >
          <h2 id="confirm-title">{t('admin.submit.confirmTitle', { month: monthLabel(month) })}</h2>
          <dl class="facts">
            <dt>{t('admin.figure.salesCount')}</dt>
            <dd>{num(preview.totals.salesCount)}</dd>
            <dt>{t('admin.figure.revenueSatang')}</dt>
            <dd>{baht(preview.totals.revenueSatang)}</dd>
            <dt>{t('admin.figure.beneficiaries')}</dt>
            <dd>{num(preview.totals.beneficiaries)}</dd>
            <dt>{t('admin.figure.contentLinks')}</dt>
            <dd>{num(preview.totals.contentLinks)}</dd>
          </dl>
          <p>{t('admin.submit.confirmBody')}</p>
        </Confirm>
      )}
    </form>
  );
}
