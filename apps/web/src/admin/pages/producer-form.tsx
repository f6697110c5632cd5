import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Me, Producer } from '../../api/types';
import { TextField } from '../../components/field';
import { FormAlert, SubmitButton, useSubmit } from '../../components/form';
import type { Errors } from '../../components/form';
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
  const { errors, setErrors, busy, submit } = useSubmit();

  const promptPayError = (v: string) =>
    v && !isPromptPayId(normalizePromptPay(v)) ? t('admin.producers.errPromptPay') : undefined;
  const check = (): Errors => {
    const e: Errors = {};
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

  const refused = (err: unknown): Errors => {
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
      const next: Errors = {};
      for (const f of err.fields) next[id[f.field] ?? f.field] = t(map[f.field] ?? 'admin.errField');
      return Object.keys(next).length ? next : { form: t('admin.errSend') };
    }
    if (err instanceof ApiError && err.code === 'DUPLICATE') return { loginPhone: t('admin.producers.errLoginTaken') };
    return { form: t('admin.errSend') };
  };

  const onSubmit = (ev: Event) => {
    ev.preventDefault();
    const found = check();
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`p-${first}`)?.focus();
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
    void submit(
      found,
      async () => {
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
      },
      refused,
    );
  };

  /** A field of this form: its element id `p-<name>`, its error under `<name>`. */
  const field = (name: string) => ({ id: `p-${name}`, error: errors[name] });

  return (
    <form class="card form-grid" onSubmit={onSubmit} noValidate>
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
      <TextField {...field('name')} label={t('admin.producers.name')} value={name} onValue={setName} />
      {kind === 'community_enterprise' && (
        <TextField
          {...field('memberCount')}
          label={t('admin.producers.members')}
          inputMode="numeric"
          value={members}
          onValue={setMembers}
        />
      )}
      <TextField
        {...field('promptPayId')}
        label={t('admin.producers.promptPay')}
        hint={t('admin.producers.promptPayHint')}
        inputMode="numeric"
        value={promptPay}
        onValue={(v) => {
          setPromptPay(v);
          const digits = normalizePromptPay(v);
          // checked as typed, once there are as many digits as an ID has
          setErrors((e) => ({ ...e, promptPayId: digits.length >= 10 ? (promptPayError(v) ?? '') : '' }));
        }}
      />
      <fieldset>
        <legend>{t('admin.producers.contacts')}</legend>
        <TextField
          {...field('phone')}
          label={t('admin.producers.phone')}
          inputMode="tel"
          autocomplete="off"
          value={phone}
          onValue={setPhone}
        />
        <TextField {...field('lineId')} label={t('admin.producers.lineId')} value={lineId} onValue={setLineId} />
        <TextField
          {...field('facebookUrl')}
          label={t('admin.producers.facebook')}
          inputMode="url"
          value={facebookUrl}
          onValue={setFacebookUrl}
        />
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
              <TextField
                {...field('loginPhone')}
                label={t('admin.producers.loginPhone')}
                inputMode="tel"
                autocomplete="off"
                value={loginPhone}
                onValue={setLoginPhone}
              />
              <TextField
                {...field('password')}
                label={t('admin.producers.password')}
                hint={t('admin.producers.passwordHint')}
                type="password"
                autocomplete="new-password"
                value={password}
                onValue={setPassword}
              />
            </>
          )}
        </fieldset>
      )}
      <FormAlert error={errors.form} />
      <SubmitButton busy={busy} label={t('admin.producers.save')} busyLabel={t('admin.sending')} />
    </form>
  );
}
