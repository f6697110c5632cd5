import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import { TextField } from '../../components/field';
import { SubmitButton } from '../../components/form';
import { Confirm } from '../components/confirm';
import { t } from '../../i18n';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function revoke(id: string): Promise<string | null> {
  try {
    await call(api.POST('/api/v1/admin/users/{id}/revoke-tokens', { params: { path: { id } } }));
    return null;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return t('admin.users.errNoUser');
    if (err instanceof ApiError && err.status === 403) return t('admin.users.errRevokeForbidden');
    if (err instanceof ApiError && err.field('id')) return t('admin.users.errUserId');
    return t('admin.errSend');
  }
}

/** Ends every sign-in of a user just created (a confirmation first: the user must sign in again). */
export function RevokeButton({ id, name }: { id: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  if (result?.ok)
    return (
      <p class="notice" role="status">
        {result.text}
      </p>
    );
  if (!asking)
    return (
      <button
        type="button"
        class="button danger small-button"
        aria-label={t('admin.users.revokeOne', { name })}
        onClick={() => setAsking(true)}
      >
        {t('admin.users.revoke')}
      </button>
    );
  return (
    <Confirm
      labelledBy={`revoke-${id}`}
      busy={busy}
      yes={t('admin.users.revokeYes')}
      onYes={async () => {
        setBusy(true);
        const err = await revoke(id);
        setBusy(false);
        setResult(err ? { ok: false, text: err } : { ok: true, text: t('admin.users.revoked', { name }) });
      }}
      onCancel={() => setAsking(false)}
    >
      <p id={`revoke-${id}`}>{t('admin.users.revokeConfirm', { name })}</p>
      {result && <p class="field-error">{result.text}</p>}
    </Confirm>
  );
}

/** Ends the sign-ins of a user named by its id (a lost phone, someone who left the office). */
export function RevokeById() {
  const [id, setId] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    if (!UUID.test(id.trim())) return setError(t('admin.users.errUserId'));
    setError(undefined);
    setBusy(true);
    const err = await revoke(id.trim());
    setBusy(false);
    if (err) setError(err);
    else setDone(true);
  };
  return (
    <form class="card narrow-form" onSubmit={submit} noValidate>
      <h2>{t('admin.users.revokeTitle')}</h2>
      <TextField
        id="revoke-id"
        label={t('admin.users.userId')}
        error={error}
        hint={t('admin.users.revokeHint')}
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={id}
        onValue={setId}
      />
      {done && (
        <p class="notice" role="status">
          {t('admin.users.revokedId')}
        </p>
      )}
      <SubmitButton
        busy={busy}
        label={t('admin.users.revokeSubmit')}
        busyLabel={t('admin.sending')}
        class="button danger"
      />
    </form>
  );
}
