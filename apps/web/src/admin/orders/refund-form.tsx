import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Order } from '../../api/types';
import { describedBy, Field } from '../../components/field';
import { baht } from '../../format';
import { t } from '../../i18n';

/** Baht as typed (at most 2 decimals, commas allowed) → satang, or null. */
export function bahtToSatang(raw: string): number | null {
  const s = raw.replace(/[\s,฿]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/**
 * A dispute after completion (POST /orders/{id}/refund): the API's rules — a completed order, an amount
 * of at most what was paid and not yet refunded, a reason — checked early, then confirmed before sending.
 */
export function RefundForm({ order, onDone }: { order: Order; onDone: () => void }) {
  const max = order.paidSatang - order.refundedSatang;
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirm, setConfirm] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const check = (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const satang = bahtToSatang(amount);
    if (satang === null || satang < 1) errs.amount = t('admin.refund.errAmount');
    else if (satang > max) errs.amount = t('admin.refund.errTooMuch', { max: baht(max) });
    if (!reason.trim()) errs.reason = t('admin.refund.errReason');
    setErrors(errs);
    setConfirm(Object.keys(errs).length ? null : satang);
  };

  const send = async () => {
    if (confirm === null) return;
    setBusy(true);
    try {
      await call(
        api.POST('/api/v1/orders/{id}/refund', {
          params: { path: { id: order.id } },
          body: { amountSatang: confirm, reason: reason.trim() },
        }),
      );
      setConfirm(null);
      onDone();
    } catch (err) {
      setConfirm(null);
      if (err instanceof ApiError && err.field('amountSatang'))
        setErrors({ amount: t('admin.refund.errTooMuch', { max: baht(max) }) });
      else if (err instanceof ApiError && err.field('reason')) setErrors({ reason: t('admin.refund.errReason') });
      else if (err instanceof ApiError && err.status === 409) setErrors({ form: t('admin.refund.errState') });
      else if (err instanceof ApiError && err.status === 403) setErrors({ form: t('admin.refund.errForbidden') });
      else setErrors({ form: t('admin.errSend') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card narrow-form" onSubmit={check} noValidate>
      <h2>{t('admin.refund.title')}</h2>
      <p class="hint">{t('admin.refund.intro', { max: baht(max) })}</p>
      <Field
        id="refund-amount"
        label={t('admin.refund.amount')}
        error={errors.amount}
        hint={t('admin.refund.amountHint', { max: baht(max) })}
      >
        <input
          id="refund-amount"
          type="text"
          inputMode="decimal"
          value={amount}
          aria-invalid={!!errors.amount}
          aria-describedby={describedBy('refund-amount', errors.amount, 'x')}
          onInput={(e) => {
            setAmount((e.target as HTMLInputElement).value);
            setConfirm(null);
          }}
        />
      </Field>
      <Field id="refund-reason" label={t('admin.refund.reason')} error={errors.reason}>
        <textarea
          id="refund-reason"
          rows={2}
          maxLength={500}
          value={reason}
          aria-invalid={!!errors.reason}
          aria-describedby={describedBy('refund-reason', errors.reason)}
          onInput={(e) => {
            setReason((e.target as HTMLTextAreaElement).value);
            setConfirm(null);
          }}
        />
      </Field>
      {errors.form && (
        <p class="alert" role="alert">
          {errors.form}
        </p>
      )}
      {confirm === null ? (
        <button type="submit" class="button primary">
          {t('admin.refund.submit')}
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="refund-confirm-text">
          <p id="refund-confirm-text">{t('admin.refund.confirm', { amount: baht(confirm), reason: reason.trim() })}</p>
          <button type="button" class="button danger" disabled={busy} onClick={send}>
            {busy ? t('admin.sending') : t('admin.refund.yes')}
          </button>
          <button type="button" class="button" disabled={busy} onClick={() => setConfirm(null)}>
            {t('admin.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
