import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { Batch } from '../../api/types';
import { TextField } from '../../components/field';
import { unitLabel } from '../../components/labels';
import { Page } from '../../components/states';
import { baht, dateTime, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { flushHarvests, queuedHarvest, queueHarvest, sendHarvest } from '../offline-queue';
import type { QueuedHarvest } from '../offline-queue';
import './catalogs';
import { FormAlert } from '../../components/form';

type Preview = Awaited<ReturnType<typeof preview>>;
const preview = (id: string, actualQuantity: number) =>
  call(api.POST('/api/v1/batches/{id}/harvest/preview', { params: { path: { id } }, body: { actualQuantity } }));

function HarvestForm({ batch: b, reload }: { batch: Batch; reload: () => void }) {
  const unit = unitLabel(b.unit);
  const [qty, setQty] = useState('');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [p, setP] = useState<Preview | null>(null);
  const [queued, setQueued] = useState<QueuedHarvest | undefined>();
  const [busy, setBusy] = useState(false);
  const n = Number(qty);
  const valid = /^\d+$/.test(qty);

  useEffect(() => {
    void queuedHarvest(b.id).then(setQueued);
    const back = () => void flushHarvests().then(async () => (setQueued(await queuedHarvest(b.id)), reload()));
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [b.id]);

  // what the allocation rule would do, as the farmer types (only with a signal)
  useEffect(() => {
    setP(null);
    if (!valid || !navigator.onLine) return;
    const timer = setTimeout(() => preview(b.id, n).then(setP, () => setP(null)), 400);
    return () => clearTimeout(timer);
  }, [qty]);

  const save = async () => {
    if (!valid) return setError(t('farmer.harvest.errWhole'));
    setError(undefined);
    if (
      n > b.estimatedQuantity &&
      !window.confirm(t('farmer.harvest.aboveEstimate', { n: num(n), est: num(b.estimatedQuantity), unit }))
    )
      return;
    const h = { batchId: b.id, actualQuantity: n, queuedAt: new Date().toISOString() };
    setBusy(true);
    await queueHarvest(h);
    const result = navigator.onLine ? await sendHarvest(h) : 'waiting';
    setBusy(false);
    setQueued(await queuedHarvest(b.id));
    if (result === 'waiting') return setMessage(undefined);
    setMessage(result === 'refused' ? t('farmer.harvest.refused') : undefined);
    reload();
  };

  if (queued) {
    return (
      <p class="notice" role="status">
        {t('farmer.harvest.waiting', { n: num(queued.actualQuantity), unit, at: dateTime(queued.queuedAt) })}
      </p>
    );
  }
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <FormAlert error={message} />
      <TextField
        id="actual"
        label={t('farmer.harvest.actual')}
        hint={t('farmer.harvest.actualHint', {
          est: num(b.estimatedQuantity),
          reserved: num(b.reservedQuantity),
          unit,
        })}
        error={error}
        type="number"
        inputMode="numeric"
        min={0}
        value={qty}
        onValue={setQty}
      />
      {p && (
        <dl class="summary card" aria-live="polite" data-testid="harvest-preview">
          <dt>{t('farmer.harvest.full')}</dt>
          <dd>{t('farmer.harvest.people', { n: p.full })}</dd>
          <dt>{t('farmer.harvest.partial')}</dt>
          <dd>{t('farmer.harvest.people', { n: p.partial })}</dd>
          <dt>{t('farmer.harvest.none')}</dt>
          <dd>{t('farmer.harvest.people', { n: p.none })}</dd>
          <dt>{t('farmer.harvest.short')}</dt>
          <dd>
            {num(p.shortQuantity)} {unit} ({baht(p.shortValueSatang)})
          </dd>
          <dt>{t('farmer.harvest.surplus')}</dt>
          <dd>
            {num(p.surplus)} {unit}
          </dd>
        </dl>
      )}
      {p && p.shortQuantity > 0 && <p class="hint">{t('farmer.harvest.refundHint')}</p>}
      <button class="button primary" type="submit" disabled={busy}>
        {t('farmer.harvest.save')}
      </button>
    </form>
  );
}

/** ผลผลิตจริง: the real yield, previewed by the allocation rule before saving; kept on the phone without signal. */
export default function HarvestPage({ id }: { id: string }) {
  const loaded = useLoad(`/farmer/batches/${id}/harvest`, () =>
    call(api.GET('/api/v1/batches/{id}', { params: { path: { id } } })),
  );
  return (
    <Page loaded={loaded}>
      {(b, reload) => (
        <>
          <h1>{t('farmer.harvest.title', { name: b.productName })}</h1>
          {b.status === 'closed' ? (
            <HarvestForm batch={b} reload={reload} />
          ) : b.status === 'harvested' || b.status === 'completed' ? (
            <p class="notice" role="status">
              {t('farmer.harvest.done', {
                n: num(b.actualQuantity ?? 0),
                unit: unitLabel(b.unit),
                stock: num(b.stockOnHand),
              })}
            </p>
          ) : (
            <p class="card">{t('farmer.harvest.notYet', { status: t(`batchStatus.${b.status}`) })}</p>
          )}
          <a href={`/farmer/batches/${id}`}>{t('farmer.live.back')}</a>
        </>
      )}
    </Page>
  );
}
