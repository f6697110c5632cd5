import { useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { t } from '../i18n';
import './texts';

/**
 * "เชื่อมต่อ LINE": LINE Login in the same tab. The API hands out LINE's authorize URL with a single-use
 * state; LINE sends the browser back to /me/line/callback with a code.
 */
export function LineConnect({ linked }: { linked: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const start = async () => {
    setBusy(true);
    setError(false);
    try {
      const { authorizeUrl } = await call(api.POST('/api/v1/me/line-link'));
      window.location.assign(authorizeUrl);
    } catch {
      setBusy(false);
      setError(true);
    }
  };
  return (
    <div class="line-box">
      <p class={linked ? 'line-ok' : undefined}>
        {linked ? t('notifications.settings.lineLinked') : t('notifications.settings.lineNotLinked')}
      </p>
      <button type="button" class="button" disabled={busy} aria-busy={busy} onClick={() => void start()}>
        {linked ? t('notifications.settings.lineReconnect') : t('notifications.settings.lineConnect')}
      </button>
      {error && (
        <p class="alert" role="alert">
          {t('notifications.settings.errLineStart')}
        </p>
      )}
    </div>
  );
}
