import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Order } from '../../api/types';
import { TextAreaField, TextField } from '../../components/field';
import { FormAlert, SubmitButton, useSubmit } from '../../components/form';
import type { Errors } from '../../components/form';
import { Confirm } from '../components/confirm';
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
  const [confirm, setConfirm] = useState<number | null>(null);
  const { errors, setErrors, busy, submit } = useSubmit();

  const check = (e: Event) => {
    e.preventDefault();
    const errs: Errors = {};
    const satang = bahtToSatang(amount);
    if (satang === null || satang < 1) errs.amount = t('admin.refund.errAmount');
    else if (satang > max) errs.amount = t('admin.refund.errTooMuch', { max: baht(max) });
    if (!reason.trim()) errs.reason = t('admin.refund.errReason');
    setErrors(errs);
    setConfirm(Object.keys(errs).length ? null : satang);
  };

  const refused = (err: unknown): Errors => {
    if (err instanceof ApiError && err.field('amountSatang'))
      return { amount: t('admin.refund.errTooMuch', { max: baht(max) }) };
    if (err instanceof ApiError && err.field('reason')) return { reason: t('admin.refund.errReason') };
    if (err instanceof ApiError && err.status === 409) return { form: t('admin.refund.errState') };
    if (err instanceof ApiError && err.status === 403) return { form: t('admin.refund.errForbidden') };
    return { form: t('admin.errSend') };
  };

  const send = async () => {
    if (confirm === null) return;
    const body = { amountSatang: confirm, reason: reason.trim() };
    const sent = await submit(
      {},
      () => call(api.POST('/api/v1/orders/{id}/refund', { params: { path: { id: order.id } }, body })),
      refused,
    );
    setConfirm(null);
    if (sent) onDone();
  };

  const edited = (set: (v: string) => void) => (v: string) => {
    set(v);
    setConfirm(null);
  };

  return (
    <form class="card narrow-form" onSubmit={check} noValidate>
      <h2>{t('admin.refund.title')}</h2>
      <p class="hint">{t('admin.refund.intro', { max: baht(max) })}</p>
      <TextField
        id="refund-amount"
        label={t('admin.refund.amount')}
        error={errors.amount}
        hint={t('admin.refund.amountHint', { max: baht(max) })}
        type="text"
        inputMode="decimal"
        value={amount}
        onValue={edited(setAmount)}
      />
      <TextAreaField
        id="refund-reason"
        label={t('admin.refund.reason')}
        error={errors.reason}
        rows={2}
        maxLength={500}
        value={reason}
        onValue={edited(setReason)}
      />
      <FormAlert error={errors.form} />
      {confirm === null ? (
        <SubmitButton busy={false} label={t('admin.refund.submit')} />
      ) : (
        <Confirm
          labelledBy="refund-confirm-text"
          busy={busy}
          yes={t('admin.refund.yes')}
          onYes={send}
          onCancel={() => setConfirm(null)}
        >
          <p id="refund-confirm-text">{t('admin.refund.confirm', { amount: baht(confirm), reason: reason.trim() })}</p>
        </Confirm>
      )}
    </form>
  );
}
