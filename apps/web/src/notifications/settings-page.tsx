import { useRef, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import type { Me, NotificationPreferences } from '../api/types';
import { TextField } from '../components/field';
import { RequireSignIn } from '../components/require-sign-in';
import { Page } from '../components/states';
import { t } from '../i18n';
import { useLoad } from '../load';
import { useLocation } from '../router';
import { LineConnect } from './line-connect';
import { channelLabel, kindLabel, languageLabel } from './texts';
import './notifications.css';

type Prefs = NotificationPreferences;
type Kind = keyof Prefs['channels'];
type Channel = Prefs['channels'][Kind][number];
type Lang = Prefs['language'];

const CHANNELS: Channel[] = ['line', 'sms', 'email'];
const LANGS: Lang[] = ['th', 'en'];
/** Kinds only a producer receives; the rest are about one's own orders. */
const PRODUCER_KINDS = new Set<string>(['slip_submitted', 'batch_sold_out', 'window_closing', 'daily_summary']);
const LAO_KINDS = new Set<string>(['report_due', 'sales_flagged']);
/** The API names a field; the page says in Thai how to fix it, beside that field. */
const FIELD_TEXT: Record<string, string> = {
  email: 'notifications.settings.errEmail',
  phone: 'notifications.settings.errPhone',
  language: 'notifications.settings.errLanguage',
  channels: 'notifications.settings.errChannels',
};

async function loadSettings() {
  const [prefs, me] = await Promise.all([
    call(api.GET('/api/v1/me/notification-preferences')),
    call(api.GET('/api/v1/auth/me')),
  ]);
  return { prefs, me };
}

/** /me/notifications/settings: the opt-out link of every SMS and e-mail leads here. */
export default function NotificationSettingsPage() {
  return (
    <RequireSignIn>
      <Settings />
    </RequireSignIn>
  );
}

function Settings() {
  const loaded = useLoad('/me/notifications/settings', loadSettings);
  return (
    <div class="notif-settings">
      <h1>{t('notifications.settings.title')}</h1>
      <Page loaded={loaded}>{({ prefs, me }) => <SettingsForm prefs={prefs} me={me} />}</Page>
    </div>
  );
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function SettingsForm({ prefs, me }: { prefs: Prefs; me: Me }) {
  const { query } = useLocation();
  const [saved, setSaved] = useState<Prefs>(prefs);
  const [language, setLanguage] = useState<Lang>(prefs.language);
  const [email, setEmail] = useState(prefs.email ?? '');
  const [phone, setPhone] = useState(prefs.phone ?? '');
  const [channels, setChannels] = useState<Prefs['channels']>(prefs.channels);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const kinds = Object.keys(channels) as Kind[];
  const isProducer = me.roles.includes('producer');
  const isLaoAdmin = me.roles.includes('lao_admin');
  const groups: Array<[string, Kind[]]> = [
    ['notifications.settings.consumerKinds', kinds.filter((k) => !PRODUCER_KINDS.has(k) && !LAO_KINDS.has(k))],
    ...(isProducer
      ? ([['notifications.settings.producerKinds', kinds.filter((k) => PRODUCER_KINDS.has(k))]] as Array<
          [string, Kind[]]
        >)
      : []),
    ...(isLaoAdmin
      ? ([['notifications.settings.laoKinds', kinds.filter((k) => LAO_KINDS.has(k))]] as Array<[string, Kind[]]>)
      : []),
  ];

  /** A contact's new value; its error goes as soon as it is changed. */
  const edited = (field: 'email' | 'phone', set: (value: string) => void) => (value: string) => {
    set(value);
    setErrors((x) => ({ ...x, [field]: undefined }));
  };

  const toggle = (kind: Kind, channel: Channel, on: boolean) => {
    setChannels((c) => ({
      ...c,
      [kind]: on ? [...c[kind].filter((x) => x !== channel), channel] : c[kind].filter((x) => x !== channel),
    }));
    setStatus(null);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    // only what changed: an address left as it was stays the account's own (it follows the account), a kind
    // left as it was keeps following the defaults (LINE once linked)
    const body: Record<string, unknown> = {};
    if (language !== saved.language) body.language = language;
    if (email.trim() !== (saved.email ?? '')) body.email = email.trim() || null;
    if (phone.trim() !== (saved.phone ?? '')) body.phone = phone.replace(/[\s-]/g, '') || null;
    const changed = Object.fromEntries(
      kinds.filter((k) => !same(channels[k], saved.channels[k])).map((k) => [k, channels[k]]),
    );
    if (Object.keys(changed).length) body.channels = changed;
    setBusy(true);
    setErrors({});
    setStatus(null);
    try {
      const next = await call(api.PUT('/api/v1/me/notification-preferences', { body }));
      setSaved(next);
      setChannels(next.channels);
      setEmail(next.email ?? '');
      setPhone(next.phone ?? '');
      setStatus({ ok: true, text: t('notifications.settings.saved') });
    } catch (err) {
      if (err instanceof ApiError && err.fields.length) {
        const errs: Record<string, string> = {};
        for (const f of err.fields) {
          const field = f.field.split('.')[0];
          errs[field] = t(FIELD_TEXT[field] ?? 'notifications.settings.errSave');
        }
        setErrors(errs);
        setStatus({ ok: false, text: t('notifications.settings.errForm') });
        const first = ['email', 'phone'].find((f) => errs[f]);
        if (first) form.current?.querySelector<HTMLInputElement>(`#notif-${first}`)?.focus();
      } else setStatus({ ok: false, text: t('notifications.settings.errSave') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="muted">{t('notifications.settings.intro')}</p>
      <section class="card" aria-labelledby="line-title">
        <h2 id="line-title">{t('notifications.settings.lineTitle')}</h2>
        {query.get('line') === 'linked' && saved.lineLinked && (
          <p class="notice" role="status">
            {t('notifications.settings.lineJustLinked')}
          </p>
        )}
        <LineConnect linked={saved.lineLinked} />
      </section>
      <form ref={form} class="card" noValidate onSubmit={submit}>
        <section aria-labelledby="contact-title">
          <h2 id="contact-title">{t('notifications.settings.contactTitle')}</h2>
          <ContactField field="email" value={email} error={errors.email} onInput={edited('email', setEmail)} />
          <ContactField field="phone" value={phone} error={errors.phone} onInput={edited('phone', setPhone)} />
          <fieldset aria-describedby={errors.language ? 'notif-language-error' : undefined}>
            <legend>{t('notifications.settings.languageTitle')}</legend>
            {LANGS.map((l) => (
              <label key={l} class="radio" lang={l}>
                <input
                  type="radio"
                  name="language"
                  value={l}
                  checked={language === l}
                  onChange={() => setLanguage(l)}
                />
                {languageLabel(l)}
              </label>
            ))}
            {errors.language && (
              <p class="field-error" id="notif-language-error">
                {errors.language}
              </p>
            )}
          </fieldset>
        </section>
        <section aria-labelledby="kinds-title">
          <h2 id="kinds-title">{t('notifications.settings.kindsTitle')}</h2>
          <p class="hint">
            {t('notifications.settings.addressNote')}
            {!saved.lineLinked && <> {t('notifications.settings.needsLine')}</>}
          </p>
          {errors.channels && (
            <p class="field-error" id="notif-channels-error">
              {errors.channels}
            </p>
          )}
          {groups.map(([title, list]) => (
            <div key={title}>
              <h3>{t(title)}</h3>
              {list.map((kind) => (
                <fieldset key={kind} class="kind-row">
                  <legend>{kindLabel(kind)}</legend>
                  <div class="choices">
                    {CHANNELS.map((c) => {
                      const off = c === 'line' && !saved.lineLinked;
                      return (
                        <label key={c} class={off ? 'off' : undefined}>
                          <input
                            type="checkbox"
                            checked={channels[kind].includes(c)}
                            disabled={off}
                            onChange={(e) => toggle(kind, c, e.currentTarget.checked)}
                          />
                          {channelLabel(c)}
                        </label>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
            </div>
          ))}
        </section>
        <p
          role={status && !status.ok ? 'alert' : 'status'}
          class={status ? (status.ok ? 'notice' : 'alert') : 'sr-only'}
        >
          {status?.text}
        </p>
        <button type="submit" class="button primary" disabled={busy} aria-busy={busy}>
          {busy ? t('notifications.settings.saving') : t('notifications.settings.save')}
        </button>
      </form>
    </>
  );
}

/** The address a kind of message goes to (e-mail, or the mobile for SMS), its Thai error beside it. */
function ContactField({
  field,
  value,
  error,
  onInput,
}: {
  field: 'email' | 'phone';
  value: string;
  error?: string;
  onInput: (v: string) => void;
}) {
  const id = `notif-${field}`;
  const type = field === 'phone' ? 'tel' : 'email';
  return (
    <TextField
      id={id}
      label={t(`notifications.settings.${field}`)}
      hint={t(`notifications.settings.${field}Hint`)}
      error={error}
      type={type}
      inputMode={type}
      autocomplete={type}
      value={value}
      onValue={onInput}
    />
  );
}
