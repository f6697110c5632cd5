import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { signIn } from '../auth';
import { TextField } from '../components/field';
import { VerifyPhone } from '../components/verify-phone';
import { t } from '../i18n';
import { useLocation } from '../router';
import { FormAlert } from '../components/form';

/** Only paths of this site are followed after signing in (never an address from elsewhere). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/orders';
}

export default function SignInPage() {
  const { query, navigate } = useLocation();
  // producers and staff: accounts are made by the LAO, and staff sign in with an e-mail; the notification
  // settings (the opt-out link of every SMS and e-mail) are for anyone with an account, by e-mail or phone
  const staff = query.get('staff') === '1' || /^\/(farmer|admin|me)(\/|$)/.test(query.get('next') ?? '');
  const [mode, setMode] = useState<'signin' | 'register'>(
    query.get('mode') === 'register' && !staff ? 'register' : 'signin',
  );
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string | undefined>(
    query.get('expired') ? t('signin.expired') : query.get('unverified') ? t('signin.unverified') : undefined,
  );
  const [busy, setBusy] = useState(false);
  // the code step: after registering (the code is on its way), or signing in before the phone was verified
  const [verifying, setVerifying] = useState<{ sendFirst: boolean } | null>(null);
  const done = (accessToken: string) => {
    signIn(accessToken);
    navigate(safeNext(query.get('next')), { replace: true });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (mode === 'register' && !name.trim()) errs.name = t('signin.errName');
    if (staff ? !/^0\d{8,9}$|^[^@\s]+@[^@\s]+$/.test(phone) : !/^0\d{8,9}$/.test(phone))
      errs.phone = staff ? t('staff.errLogin') : t('signin.errPhone');
    if (mode === 'register' ? password.length < 8 : !password)
      errs.password = mode === 'register' ? t('signin.errPasswordShort') : t('signin.errPassword');
    setErrors(errs);
    if (Object.keys(errs).length || busy) return;
    setBusy(true);
    setMessage(undefined);
    try {
      if (mode === 'register') {
        await call(api.POST('/api/v1/auth/register', { body: { name: name.trim(), phone, password } }));
        setBusy(false);
        return setVerifying({ sendFirst: false });
      }
      const { accessToken, user } = await call(api.POST('/api/v1/auth/login', { body: { login: phone, password } }));
      if (user.phoneVerified === false) {
        setBusy(false);
        return setVerifying({ sendFirst: true });
      }
      done(accessToken);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError) {
        setErrors({
          name: err.field('name'),
          phone: err.field('phone') ?? err.field('login'),
          password: err.field('password'),
        });
        setMessage(t(`signin.err.${err.code}`, { defaultValue: t('signin.err.other') }));
      } else setMessage(t('reserve.err.network'));
    }
  };

  if (verifying) {
    return (
      <VerifyPhone
        phone={phone}
        sendFirst={verifying.sendFirst}
        onVerified={done}
        onChangePhone={() => {
          setVerifying(null);
          setMode('register');
        }}
      />
    );
  }

  return (
    <form class="signin card" noValidate onSubmit={submit}>
      <h1>{mode === 'signin' ? t('signin.title') : t('signin.registerTitle')}</h1>
      {query.get('next')?.includes('/reserve') && <p class="hint">{t('signin.keepsReservation')}</p>}
      <FormAlert error={message} />
      {mode === 'register' && (
        <TextField
          id="name"
          label={t('signin.name')}
          error={errors.name}
          autocomplete="name"
          value={name}
          onValue={setName}
        />
      )}
      <TextField
        id="phone"
        label={staff ? t('staff.login') : t('signin.phone')}
        error={errors.phone}
        type={staff ? 'text' : 'tel'}
        inputMode={staff ? 'email' : 'tel'}
        autocomplete={staff ? 'username' : 'tel'}
        value={phone}
        onValue={(v) => setPhone(staff ? v.trim() : v.replace(/[\s-]/g, ''))}
      />
      <TextField
        id="password"
        label={t('signin.password')}
        error={errors.password}
        type="password"
        autocomplete={mode === 'signin' ? 'current-password' : 'new-password'}
        value={password}
        onValue={setPassword}
      />
      <button class="button primary" type="submit" disabled={busy} aria-busy={busy}>
        {mode === 'signin' ? t('signin.submit') : t('signin.register')}
      </button>
      {!staff && (
        <p>
          {mode === 'signin' ? t('signin.noAccount') : t('signin.haveAccount')}{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              setMode(mode === 'signin' ? 'register' : 'signin');
              setErrors({});
              setMessage(undefined);
            }}
          >
            {mode === 'signin' ? t('signin.register') : t('signin.submit')}
          </button>
        </p>
      )}
    </form>
  );
}
