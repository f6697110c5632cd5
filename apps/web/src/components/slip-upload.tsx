import { useState } from 'preact/hooks';
import { api, ApiError, call, fileBody } from '../api/client';
import { t } from '../i18n';
import { Field } from './field';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** แจ้งชำระเงิน: the photo of the bank slip goes to the order; the producer checks it against the money. */
export function SlipUpload({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    setError(undefined);
    if (!file) return;
    if (file.type && !TYPES.includes(file.type)) return setError(t('slip.errType'));
    if (file.size > MAX_BYTES) return setError(t('slip.errSize'));
    setBusy(true);
    try {
      await call(api.POST('/api/v1/orders/{id}/slips', { params: { path: { id: orderId } }, ...fileBody(file) }));
      onDone();
    } catch (e) {
      setError(
        e instanceof ApiError
          ? t(`slip.err.${e.code}`, { defaultValue: e.status === 413 ? t('slip.errSize') : t('slip.err.other') })
          : t('reserve.err.network'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field id="slip" label={t('slip.label')} hint={t('slip.hint')} error={error} announce>
      <input
        id="slip"
        class="file-input"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        disabled={busy}
        aria-describedby={error ? 'slip-hint slip-error' : 'slip-hint'}
        onChange={(e) => void upload(e.currentTarget.files?.[0])}
      />
      {/* the browser's own file button speaks the device's language; this one speaks Thai */}
      <label for="slip" class="button file-button" aria-hidden="true">
        {t('slip.choose')}
      </label>
      {busy && (
        <p role="status" class="muted">
          {t('slip.sending')}
        </p>
      )}
    </Field>
  );
}
