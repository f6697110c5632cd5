import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Me } from '../../api/types';
import { describedBy, Field } from '../../components/field';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { loadProvinces } from '../api';

export interface CreatedUser {
  id: string;
  name: string;
  roles: string[];
  phone?: string;
}
type NewRole = 'province_admin' | 'lao_admin';

/** What the caller may create (the API's user-admin.policy.ts decides): DLA both, a province admin LAO admins. */
const rolesFor = (me: Me): NewRole[] =>
  me.roles.includes('dla_admin') ? ['province_admin', 'lao_admin'] : ['lao_admin'];
const FIELD_OF: Record<string, string> = {
  name: 'name',
  phone: 'phone',
  password: 'password',
  laoCode: 'laoCode',
  provinceCode: 'provinceCode',
  email: 'email',
};

export function CreateUserForm({ me, onCreated }: { me: Me; onCreated: (u: CreatedUser) => void }) {
  const roles = rolesFor(me);
  const provinces = useLoad('provinces', loadProvinces);
  const [role, setRole] = useState<NewRole>(roles[0]);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [province, setProvince] = useState(me.provinceCode ?? '');
  const [lao, setLao] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('admin.users.errName');
    const tel = phone.replace(/[\s-]/g, '').replace(/^\+66/, '0');
    if (!/^0\d{8,9}$/.test(tel)) errs.phone = t('admin.users.errPhone');
    if (password.length < 8) errs.password = t('admin.users.errPassword');
    if (role === 'province_admin' && !/^\d{2}$/.test(province)) errs.provinceCode = t('admin.users.errProvince');
    if (role === 'lao_admin' && !/^\d{7}$/.test(lao.trim())) errs.laoCode = t('admin.errLaoCode');
    else if (
      role === 'lao_admin' &&
      me.provinceCode &&
      !me.roles.includes('dla_admin') &&
      lao.trim().slice(1, 3) !== me.provinceCode
    )
      errs.laoCode = t('admin.users.errLaoOutside');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const body = {
        name: name.trim(),
        phone: tel,
        password,
        role,
        ...(role === 'lao_admin' ? { laoCode: lao.trim() } : { provinceCode: province }),
      };
      const user = await call(api.POST('/api/v1/admin/users', { body }));
      onCreated(user);
      setName('');
      setPhone('');
      setPassword('');
      setLao('');
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setErrors({ phone: t('admin.users.errTaken') });
      else if (err instanceof ApiError && err.status === 404 && err.field('laoCode'))
        setErrors({ laoCode: t('admin.users.errNoLao') });
      else if (err instanceof ApiError && err.status === 403) setErrors({ form: t('admin.users.errForbidden') });
      else if (err instanceof ApiError && err.fields.length) {
        const named = Object.fromEntries(
          err.fields
            .filter((f) => FIELD_OF[f.field.split('.')[0]])
            .map((f) => [FIELD_OF[f.field.split('.')[0]], t('admin.errField')]),
        );
        setErrors(Object.keys(named).length ? named : { form: t('admin.errSend') });
      } else setErrors({ form: t('admin.errSend') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form-grid" onSubmit={submit} noValidate>
      <h2>{t('admin.users.create')}</h2>
      <Field id="user-role" label={t('admin.users.role')}>
        <select id="user-role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as NewRole)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`admin.users.roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {role === 'province_admin' ? (
        <Field id="user-province" label={t('admin.users.province')} error={errors.provinceCode}>
          <select
            id="user-province"
            value={province}
            aria-invalid={!!errors.provinceCode}
            aria-describedby={describedBy('user-province', errors.provinceCode)}
            onChange={(e) => setProvince((e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('admin.users.chooseProvince')}</option>
            {provinces.state === 'ok' &&
              provinces.data.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.nameTh}
                </option>
              ))}
          </select>
        </Field>
      ) : (
        <Field id="user-lao" label={t('admin.laoCode')} error={errors.laoCode} hint={t('admin.users.laoHint')}>
          <input
            id="user-lao"
            type="text"
            inputMode="numeric"
            maxLength={7}
            value={lao}
            aria-invalid={!!errors.laoCode}
            aria-describedby={describedBy('user-lao', errors.laoCode, 'x')}
            onInput={(e) => setLao((e.target as HTMLInputElement).value)}
          />
        </Field>
      )}
      <Field id="user-name" label={t('admin.users.name')} error={errors.name}>
        <input
          id="user-name"
          type="text"
          autoComplete="off"
          value={name}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('user-name', errors.name)}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
      </Field>
      <Field id="user-phone" label={t('admin.users.phone')} error={errors.phone}>
        <input
          id="user-phone"
          type="tel"
          autoComplete="off"
          value={phone}
          aria-invalid={!!errors.phone}
          aria-describedby={describedBy('user-phone', errors.phone)}
          onInput={(e) => setPhone((e.target as HTMLInputElement).value)}
        />
      </Field>
      <Field
        id="user-password"
        label={t('admin.users.password')}
        error={errors.password}
        hint={t('admin.users.passwordHint')}
      >
        <input
          id="user-password"
          type="text"
          autoComplete="new-password"
          value={password}
          aria-invalid={!!errors.password}
          aria-describedby={describedBy('user-password', errors.password, 'x')}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
        />
      </Field>
      {errors.form && (
        <p class="alert" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? t('admin.sending') : t('admin.users.submit')}
      </button>
    </form>
  );
}
