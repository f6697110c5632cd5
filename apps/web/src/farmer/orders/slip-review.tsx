import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { OrderList } from '../../api/types';
import { TextAreaField } from '../../components/field';
import { unitLabel } from '../../components/labels';
import { baht, dateTime, num } from '../../format';
import { t } from '../../i18n';
import { actionError } from './action-error';
import { SlipImage } from './slip-image';
import { orderNo } from './texts';
import { FormAlert } from '../../components/form';

type OrderSummary = OrderList['items'][number];
const REASON_MAX = 300;

/**
 * One order waiting for its money to be checked: the consumer's slip beside the amount due and the slip's
 * reference. ยืนยันรับเงิน records exactly the amount due by PromptPay with the slip's reference (which
 * confirms the slip); ไม่ตรงยอด rejects it with a reason the consumer reads on their order page.
 */
export function SlipReview({ order: o, onDone }: { order: OrderSummary; onDone: (message: string) => void }) {
  const slip = [...o.slips].reverse().find((s) => s.status === 'pending');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  if (!slip) return null;
  const no = orderNo(o.id);
  const idp = `r-${o.id}`;

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      onDone(done);
    } catch (e) {
      if (e instanceof ApiError && e.field('reason')) setReasonError(t('farmer.orders.payments.reasonRequired'));
      else setError(actionError(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = () =>
    run(
      () =>
        call(
          api.POST('/api/v1/orders/{id}/payments', {
            params: { path: { id: o.id } },
            body: { amountSatang: o.amountDueSatang, method: 'promptpay', reference: slip.reference },
          }),
        ),
      t('farmer.orders.payments.confirmed', { no }),
    );
  const reject = (e: Event) => {
    e.preventDefault();
    const text = reason.trim();
    const problem = !text
      ? t('farmer.orders.payments.reasonRequired')
      : text.length > REASON_MAX
        ? t('farmer.orders.payments.reasonTooLong')
        : undefined;
    setReasonError(problem);
    if (problem) return;
    void run(
      () =>
        call(
          api.POST('/api/v1/orders/{id}/slips/{slipId}/reject', {
            params: { path: { id: o.id, slipId: slip.id } },
            body: { reason: text },
          }),
        ),
      t('farmer.orders.payments.rejected', { no }),
    );
  };

  return (
    <article class="card slip-review" aria-labelledby={`h-${o.id}`}>
      <h2 id={`h-${o.id}`}>
        {o.productName} <span class="muted sub">{t('farmer.orders.orderNo', { no })}</span>
      </h2>
      <SlipImage orderId={o.id} slipId={slip.id} alt={t('farmer.orders.payments.slipAlt', { no })} />
      <dl class="facts">
        <dt>{t('farmer.orders.payments.due')}</dt>
        <dd class="amount">
          {baht(o.amountDueSatang)}{' '}
          <span class="muted sub">
            (
            {o.status === 'awaiting_deposit'
              ? t('farmer.orders.payments.forDeposit')
              : t('farmer.orders.payments.forBalance')}
            )
          </span>
        </dd>
        <dt>{t('farmer.orders.payments.reference')}</dt>
        <dd class="reference">{slip.reference}</dd>
        <dt>{t('farmer.orders.payments.bank')}</dt>
        <dd>{slip.sendingBank}</dd>
        <dt>{t('farmer.orders.payments.quantity')}</dt>
        <dd>
          {num(o.quantity)} {unitLabel(o.unit)}
        </dd>
        <dt>{t('farmer.orders.payments.uploadedAt')}</dt>
        <dd>{dateTime(slip.uploadedAt)}</dd>
      </dl>
      <FormAlert error={error} />
      {!rejecting ? (
        <div class="actions">
          <button
            type="button"
            class="button primary"
            disabled={busy || o.amountDueSatang === 0}
            onClick={() => void confirm()}
          >
            {busy
              ? t('farmer.orders.payments.confirming')
              : t('farmer.orders.payments.confirm', { amount: baht(o.amountDueSatang) })}
          </button>
          <button type="button" class="button danger" disabled={busy} onClick={() => setRejecting(true)}>
            {t('farmer.orders.payments.mismatch')}
          </button>
        </div>
      ) : (
        <form onSubmit={reject} noValidate>
          <TextAreaField
            id={idp}
            label={t('farmer.orders.payments.reason')}
            hint={t('farmer.orders.payments.reasonHint')}
            error={reasonError}
            rows={3}
            maxLength={REASON_MAX}
            value={reason}
            onValue={(value) => {
              setReason(value);
              setReasonError(undefined);
            }}
          />
          <div class="actions">
            <button type="submit" class="button danger" disabled={busy}>
              {t('farmer.orders.payments.sendReason')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setRejecting(false)}>
              {t('farmer.orders.payments.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
