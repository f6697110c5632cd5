import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Batch } from '../../api/types';
import { TextAreaField } from '../../components/field';
import { unitLabel } from '../../components/labels';
import { Page } from '../../components/states';
import { baht, dateTime, dayRange, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { FarmerNav } from '../nav';
import './catalogs';
import { FormAlert, useAction } from '../../components/form';

type Action = 'open' | 'close' | 'complete';

function CancelForm({ batch: b, confirmed, done }: { batch: Batch; confirmed: number; done: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) return setError(t('farmer.batches.err.reason'));
    setBusy(true);
    try {
      await call(
        api.POST('/api/v1/batches/{id}/cancel', { params: { path: { id: b.id } }, body: { reason: reason.trim() } }),
      );
      done();
    } catch (err) {
      setBusy(false);
      setError(err instanceof ApiError ? t('farmer.batches.err.refused') : t('reserve.err.network'));
    }
  };
  return (
    <details class="card danger-zone">
      <summary>{t('farmer.batches.cancel')}</summary>
      <form noValidate onSubmit={submit}>
        <p>{confirmed ? t('farmer.batches.cancelRefunds', { n: num(confirmed) }) : t('farmer.batches.cancelNobody')}</p>
        <TextAreaField
          id="cancel-reason"
          label={t('farmer.batches.cancelReason')}
          error={error}
          rows={2}
          maxLength={500}
          value={reason}
          onValue={setReason}
        />
        <button class="button danger" type="submit" disabled={busy}>
          {t('farmer.batches.cancelConfirm')}
        </button>
      </form>
    </details>
  );
}

function Manage({ batch: b, confirmed, reload }: { batch: Batch; confirmed: number; reload: () => void }) {
  const {
    busy,
    error: message,
    run,
  } = useAction((e) => (e instanceof ApiError ? t('farmer.batches.err.refused') : t('reserve.err.network')));
  const unit = unitLabel(b.unit);
  const act = async (action: Action) => {
    if (await run(() => call(api.POST(`/api/v1/batches/{id}/${action}`, { params: { path: { id: b.id } } })))) reload();
  };
  const button = (action: Action, primary = false) => (
    <button
      type="button"
      class={primary ? 'button primary' : 'button'}
      disabled={busy}
      onClick={() => void act(action)}
    >
      {t(`farmer.batches.action.${action}`)}
    </button>
  );
  return (
    <>
      <h1>{b.productName}</h1>
      <FarmerNav />
      <p>
        <span class={`status status-${b.status}`}>{t(`batchStatus.${b.status}`)}</span> ·{' '}
        {t('batch.harvest', { when: dayRange(b.harvestStart, b.harvestEnd) })}
      </p>
      <FormAlert error={message} />
      <dl class="facts card">
        <dt>{t('farmer.batches.reservedLabel')}</dt>
        <dd>
          {t('farmer.batches.reservedOf', { reserved: num(b.reservedQuantity), of: num(b.reservableQuantity), unit })}
        </dd>
        <dt>{t('farmer.batches.priceLabel')}</dt>
        <dd>
          {baht(b.unitPriceSatang)} / {unit} · {t('batch.depositPercent', { p: b.depositPercent })}
        </dd>
        <dt>{t('farmer.batches.windowLabel')}</dt>
        <dd>
          {dateTime(b.preorderOpensAt)} – {dateTime(b.preorderClosesAt)}
        </dd>
        {b.actualQuantity !== null && (
          <>
            <dt>{t('farmer.batches.actualLabel')}</dt>
            <dd>
              {num(b.actualQuantity)} {unit} · {t('farmer.batches.stock', { n: num(b.stockOnHand), unit })}
            </dd>
          </>
        )}
      </dl>
      <div class="actions">
        {b.status === 'draft' && button('open', true)}
        {b.status === 'open' && (
          <a class="button primary" href={`/farmer/batches/${b.id}/live`}>
            {t('farmer.batches.live')}
          </a>
        )}
        {b.status === 'open' && button('close')}
        {b.status === 'closed' && (
          <a class="button primary" href={`/farmer/batches/${b.id}/harvest`}>
            {t('farmer.harvest.save')}
          </a>
        )}
        {(b.status === 'harvested' || b.status === 'closed') && (
          <a class="button" href={`/farmer/batches/${b.id}/packing`}>
            {t('farmer.batches.packing')}
          </a>
        )}
        {b.status === 'harvested' && button('complete')}
        {b.status !== 'draft' && (
          <a class="button" href={`/batches/${b.id}`}>
            {t('farmer.batches.publicPage')}
          </a>
        )}
      </div>
      {['draft', 'open', 'closed'].includes(b.status) && <CancelForm batch={b} confirmed={confirmed} done={reload} />}
    </>
  );
}

export default function ManageBatchPage({ id }: { id: string }) {
  const loaded = useLoad(`/farmer/batches/${id}`, async () => {
    const [batch, live] = await Promise.all([
      call(api.GET('/api/v1/batches/{id}', { params: { path: { id } } })),
      call(api.GET('/api/v1/batches/{id}/live-snapshot', { params: { path: { id } } })),
    ]);
    return { batch, confirmed: live.confirmedCount + live.waitlistedCount };
  });
  return (
    <Page loaded={loaded}>{(d, reload) => <Manage batch={d.batch} confirmed={d.confirmed} reload={reload} />}</Page>
  );
}
