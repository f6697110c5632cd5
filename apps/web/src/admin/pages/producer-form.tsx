import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Me, Producer } from '../../api/types';
import { describedBy, Field } from '../../components/field';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { AdminPage } from '../components/admin-page';
import { LaoChooser } from '../components/lao-chooser';
import { laoOf, newKey } from '../lao-code';
import { isPromptPayId, normalizePromptPay } from '../promptpay';

const KINDS = ['farmer', 'community_enterprise', 'entrepreneur'] as const;
type Kind = (typeof KINDS)[number];

/** Onboard a producer of the LAO (optionally with a login), or correct one (`id`). */
export default function ProducerFormPage({ me, id }: { me: Me; id?: string }) {
  const { query } = useLocation();
  const lao = laoOf(me, query);
  const loaded = useLoad(`producer-form:${id ?? 'new'}`, () =>
    id ? call(api.GET('/api/v1/producers/{id}', { params: { path: { id } } })) : Promise.resolve(null),
  );
  if (!id && !lao) return <LaoChooser title={t('admin.producers.new')} />;
  return (
    <AdminPage loaded={loaded}>
      {(producer) => <ProducerForm lao={producer?.laoCode ?? lao!} producer={producer} />}
    </AdminPage>
  );
}

function ProducerForm({ lao, producer }: { lao: string; producer: Producer | null }) {
  const { navigate } = useLocation();
  const [kind, setKind] = useState<Kind>((producer?.kind as Kind) ?? 'farmer');
  const [name, setName] = useState(producer?.name ?? '');
  const [members, setMembers] = useState(String(producer?.memberCount ?? 1));
  const [phone, setPhone] = useState(producer?.contacts?.phone ?? '');
  const [lineId, setLineId] = useState(producer?.contacts?.lineId ?? '');
  const [facebookUrl, setFacebookUrl] = useState(producer?.contacts?.facebookUrl ?? '');
  const [consent, setConsent] = useState(producer?.publishContacts ?? false);
  const [promptPay, setPromptPay] = useState(producer?.promptPayId ?? '');
  const [withLogin, setWithLogin] = useState(false);
  const [loginPhone, setLoginPhone] = useState('');
  const [password, setPassword] = useState('');
  const [key] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const promptPayError = (v: string) =>
    v && !isPromptPayId(normalizePromptPay(v)) ? t('admin.producers.errPromptPay') : undefined;
  const check = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if (!name.trim()) e.name = t('admin.producers.errName');
    if (kind === 'community_enterprise' && !(/^\d+$/.test(members) && Number(members) >= 1))
      e.memberCount = t('admin.producers.errMembers');
    if (phone && !/^(\+66|0)\d{8,9}$/.test(phone.replace(/[\s-]/g, ''))) e.phone = t('admin.producers.errPhone');
    if (facebookUrl && !/^https?:\/\/\S+$/i.test(facebookUrl)) e.facebookUrl = t('admin.links.errUrl');
    const pp = promptPayError(promptPay) ?? (promptPay ? undefined : t('admin.producers.errPromptPay'));
    if (pp) e.promptPayId = pp;
    if (withLogin && !/^0\d{9}$/.test(loginPhone.replace(/[\s-]/g, ''))) e.loginPhone = t('admin.producers.errPhone');
    if (withLogin && password.length < 8) e.password = t('admin.producers.errPassword');
    return e;
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const e = check();
    setErrors(e);
    if (Object.keys(e).length) {
      document.getElementById(`p-${Object.keys(e)[0]}`)?.focus();
      return;
    }
    const contacts = {
      phone: phone ? phone.replace(/[\s-]/g, '') : undefined,
      lineId: lineId.trim() || undefined,
      facebookUrl: facebookUrl.trim() || undefined,
    };
    const fields = {
      kind,
      name: name.trim(),
      memberCount: kind === 'community_enterprise' ? Number(members) : 1,
      contacts,
      publishContacts: consent,
      promptPayId: normalizePromptPay(promptPay),
    };
    setBusy(true);
    try {
      const saved = producer
        ? await call(api.PATCH('/api/v1/producers/{id}', { params: { path: { id: producer.id } }, body: fields }))
        : await call(
            api.POST('/api/v1/producers', {
              params: { header: { 'idempotency-key': key } },
              body: {
                ...fields,
                laoCode: lao,
                account: withLogin ? { phone: loginPhone.replace(/[\s-]/g, ''), password } : undefined,
              },
            }),
          );
      navigate(`/admin/producers/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        const map: Record<string, string> = {
          name: 'admin.producers.errName',
          memberCount: 'admin.producers.errMembers',
          'contacts.phone': 'admin.producers.errPhone',
          promptPayId: 'admin.producers.errPromptPay',
          'account.phone': 'admin.producers.errPhone',
          'account.password': 'admin.producers.errPassword',
        };
        const id: Record<string, string> = {
          'contacts.phone': 'phone',
          'account.phone': 'loginPhone',
          'account.password': 'password',
        };
        const next: Record<string, string> = {};
        for (const f of err.fields) next[id[f.field] ?? f.field] = t(map[f.field] ?? 'admin.errField');
        setErrors(Object.keys(next).length ? next : { form: t('admin.errSend') });
      } else if (err instanceof ApiError && err.code === 'DUPLICATE')
        setErrors({ loginPhone: t('admin.producers.errLoginTaken') });
      else setErrors({ form: t('admin.errSend') });
    } finally {
      setBusy(false);
    }
  };

  const input = (id: string, value: string, set: (v: string) => void, extra: Record<string, unknown> = {}) => (
    <input
      id={`p-${id}`}
      value={value}
      aria-invalid={!!errors[id]}
      aria-describedby={describedBy(`p-${id}`, errors[id])}
      onInput={(e) => set((e.target as HTMLInputElement).value)}
      {...extra}
    />
  );

  return (
    <form class="card form-grid" onSubmit={submit} noValidate>
      <h1>{producer ? t('admin.producers.edit', { name: producer.name }) : t('admin.producers.new')}</h1>
      <fieldset>
        <legend>{t('admin.producers.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} class="radio">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`producerKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <Field id="p-name" label={t('admin.producers.name')} error={errors.name}>
        {input('name', name, setName)}
      </Field>
      {kind === 'community_enterprise' && (
        <Field id="p-memberCount" label={t('admin.producers.members')} error={errors.memberCount}>
          {input('memberCount', members, setMembers, { inputMode: 'numeric' })}
        </Field>
      )}
      <Field
        id="p-promptPayId"
        label={t('admin.producers.promptPay')}
        error={errors.promptPayId}
        hint={t('admin.producers.promptPayHint')}
      >
        {input(
          'promptPayId',
          promptPay,
          (v) => {
            setPromptPay(v);
            const digits = normalizePromptPay(v);
            // checked as typed, once there are as many digits as an ID has
            setErrors((e) => ({ ...e, promptPayId: digits.length >= 10 ? (promptPayError(v) ?? '') : '' }));
          },
          { inputMode: 'numeric', 'aria-describedby': describedBy('p-promptPayId', errors.promptPayId, 'x') },
        )}
      </Field>
      <fieldset>
        <legend>{t('admin.producers.contacts')}</legend>
        <Field id="p-phone" label={t('admin.producers.phone')} error={errors.phone}>
          {input('phone', phone, setPhone, { inputMode: 'tel', autocomplete: 'off' })}
        </Field>
        <Field id="p-lineId" label={t('admin.producers.lineId')}>
          {input('lineId', lineId, setLineId)}
        </Field>
        <Field id="p-facebookUrl" label={t('admin.producers.facebook')} error={errors.facebookUrl}>
          {input('facebookUrl', facebookUrl, setFacebookUrl, { inputMode: 'url' })}
        </Field>
        <label class="radio">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent((e.target as HTMLInputElement).checked)}
          />
          {t('admin.producers.consent')}
        </label>
      </fieldset>
      {!producer && (
        <fieldset>
          <legend>{t('admin.producers.login')}</legend>
          <label class="radio">
            <input
              type="checkbox"
              checked={withLogin}
              onChange={(e) => setWithLogin((e.target as HTMLInputElement).checked)}
            />
            {t('admin.producers.withLogin')}
          </label>
          {withLogin && (
            <>
              <Field id="p-loginPhone" label={t('admin.producers.loginPhone')} error={errors.loginPhone}>
                {input('loginPhone', loginPhone, setLoginPhone, { inputMode: 'tel', autocomplete: 'off' })}
              </Field>
              <Field
                id="p-password"
                label={t('admin.producers.password')}
                error={errors.password}
                hint={t('admin.producers.passwordHint')}
              >
                {input('password', password, setPassword, {
                  type: 'password',
                  autocomplete: 'new-password',
                  'aria-describedby': describedBy('p-password', errors.password, 'x'),
                })}
              </Field>
            </>
          )}
        </fieldset>
      )}
      {errors.form && (
        <p class="alert" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? t('admin.sending') : t('admin.producers.save')}
      </button>
    </form>
  );
}
