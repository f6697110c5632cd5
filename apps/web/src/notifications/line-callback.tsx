import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { RequireSignIn } from '../components/require-sign-in';
import { t } from '../i18n';
import { useLocation } from '../router';
import './texts';

const SETTINGS = '/me/notifications/settings';

/**
 * Where LINE Login sends the browser back (the notification service's LINE_REDIRECT_URI): the code and the
 * state go to the API once; on success the settings page says LINE is linked (a reload there never replays
 * the used state), else a Thai reason and the way to start again.
 */
export default function LineCallbackPage() {
  return (
    <RequireSignIn>
      <Callback />
    </RequireSignIn>
  );
}

type Failure = 'errState' | 'errCode' | 'errCancelled' | 'errNetwork';

function Callback() {
  const { query, navigate } = useLocation();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const code = query.get('code');
  const state = query.get('state');

  useEffect(() => {
    if (query.get('error') || !code) return setFailure('errCancelled');
    if (!state) return setFailure('errState');
    let live = true;
    setFailure(null);
    call(api.POST('/api/v1/me/line-link/callback', { body: { state, code } })).then(
      () => live && navigate(`${SETTINGS}?line=linked`, { replace: true }),
      (err) => {
        if (!live) return;
        if (err instanceof ApiError && err.status === 400) setFailure(err.field('state') ? 'errState' : 'errCode');
        else setFailure('errNetwork');
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <section class="card">
      <h1>{t('notifications.line.title')}</h1>
      {failure ? (
        <>
          <p class="alert" role="alert">
            {t(`notifications.line.${failure}`)}
          </p>
          {failure === 'errNetwork' && (
            <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('notifications.line.retry')}
            </button>
          )}{' '}
          <a class="button" href={SETTINGS}>
            {t('notifications.line.back')}
          </a>
        </>
      ) : (
        <p role="status">{t('notifications.line.working')}</p>
      )}
    </section>
  );
}
