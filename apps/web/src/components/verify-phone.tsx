import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { t } from '../i18n';
import { TextField } from './field';

const RESEND_SECONDS = 60;

/**
 * The code step of signing up: the 6-digit code sent by SMS, a resend with a countdown, and the API's
 * refusals (wrong, expired, too many tries, asked too often) shown in Thai beside the field.
 * `sendFirst`: ask for a code on arrival (an account that signed in before verifying its phone).
 */
export function VerifyPhone({
  phone,
  sendFirst,
  onVerified,
  onChangePhone,
}: {
  phone: string;
  sendFirst: boolean;
  onVerified: (accessToken: string) => void;
  onChangePhone: () => void;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(sendFirst ? 0 : RESEND_SECONDS);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const resend = async () => {
    setError(undefined);
    setNotice(undefined);
    setWait(RESEND_SECONDS);
    try {
      await call(api.POST('/api/v1/auth/verify-phone/resend', { body: { phone } }));
      setCode('');
      setNotice(t('verify.sent'));
    } catch (err) {
      setError(
        err instanceof ApiError
          ? t(`verify.err.${err.code}`, { defaultValue: t('verify.err.other') })
          : t('reserve.err.network'),
      );
    }
  };

  useEffect(() => {
    if (sendFirst) void resend();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!/^\d{6}$/.test(code)) return setError(t('verify.errFormat'));
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const { accessToken } = await call(api.POST('/api/v1/auth/verify-phone', { body: { phone, code } }));
      onVerified(accessToken);
    } catch (err) {
      setBusy(false);
      setError(
        err instanceof ApiError
          ? t(`verify.err.${err.code}`, { defaultValue: t('verify.err.other') })
          : t('reserve.err.network'),
      );
    }
  };

  return (
    <form class="signin card" noValidate onSubmit={submit}>
      <h1>{t('verify.title')}</h1>
      <p class="hint">{t('verify.sentTo', { phone })}</p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <TextField
        id="code"
        label={t('verify.code')}
        error={error}
        inputMode="numeric"
        autocomplete="one-time-code"
        maxLength={6}
        value={code}
        onValue={(v) => {
          setCode(v.replace(/\D/g, '').slice(0, 6));
          setError(undefined);
        }}
      />
      <button class="button primary" type="submit" disabled={busy} aria-busy={busy}>
        {t('verify.submit')}
      </button>
      <p>
        <button type="button" class="link" disabled={wait > 0} onClick={resend}>
          {wait > 0 ? t('verify.resendIn', { seconds: wait }) : t('verify.resend')}
        </button>
      </p>
      <p>
        <button type="button" class="link" onClick={onChangePhone}>
          {t('verify.changePhone')}
        </button>
      </p>
    </form>
  );
}
