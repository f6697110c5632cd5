import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { signOut } from '../auth';
import { t } from '../i18n';
import { TextField } from './field';
import { FormAlert } from './form';

/** PDPA on the consumer's own page: download what the system holds about me; erase my account (confirmed with the password). */
export function MyData() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string>();
  const [erased, setErased] = useState(false);

  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      const data = await call(api.GET('/api/v1/me/personal-data'));
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      a.download = `my-data-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
    } catch {
      setError(t('myData.downloadFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function erase(e: Event) {
    e.preventDefault();
    if (!password) return setPasswordError(t('myData.passwordRequired'));
    setBusy(true);
    setPasswordError(undefined);
    setError(undefined);
    try {
      await call(api.POST('/api/v1/me/erase', { body: { password } }));
      setErased(true);
      signOut();
    } catch (err) {
      if (err instanceof ApiError && err.fields.some((f) => f.field === 'password'))
        setPasswordError(t('myData.wrongPassword'));
      else setError(t('myData.eraseFailed'));
    } finally {
      setBusy(false);
    }
  }

  if (erased)
    return (
      <p class="card" role="status">
        {t('myData.erased')}
      </p>
    );
  return (
    <section class="card" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('myData.title')}</h2>
      <p class="muted small">{t('myData.intro')}</p>
      <p>
        <button type="button" class="button" onClick={download} disabled={busy}>
          {t('myData.download')}
        </button>{' '}
        {!confirming && (
          <button type="button" class="button danger" onClick={() => setConfirming(true)} disabled={busy}>
            {t('myData.erase')}
          </button>
        )}
      </p>
      <FormAlert error={error} class="field-error" />
      {confirming && (
        <form onSubmit={erase}>
          <p role="alert">
            <strong>{t('myData.eraseWarning')}</strong>
          </p>
          <TextField
            id="erase-password"
            label={t('myData.password')}
            error={passwordError}
            type="password"
            autoComplete="current-password"
            value={password}
            onValue={setPassword}
          />
          <button type="submit" class="button danger" disabled={busy}>
            {t('myData.eraseConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            {t('myData.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
