import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Me } from '../../api/types';
import { SelectField, TextField } from '../../components/field';
import { FormAlert, SubmitButton, useSubmit } from '../../components/form';
import type { Errors } from '../../components/form';
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
  const { errors, busy, submit } = useSubmit();

  const check = (tel: string): Errors => {
    const errs: Errors = {};
    if (!name.trim()) errs.name = t('admin.users.errName');
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
    return errs;
  };

  const refused = (err: unknown): Errors => {
    if (!(err instanceof ApiError)) return { form: t('admin.errSend') };
    if (err.status === 409) return { phone: t('admin.users.errTaken') };
    if (err.status === 404 && err.field('laoCode')) return { laoCode: t('admin.users.errNoLao') };
    if (err.status === 403) return { form: t('admin.users.errForbidden') };
    const named = Object.fromEntries(
      err.fields
        .filter((f) => FIELD_OF[f.field.split('.')[0]])
        .map((f) => [FIELD_OF[f.field.split('.')[0]], t('admin.errField')]),
    );
    return Object.keys(named).length ? named : { form: t('admin.errSend') };
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const tel = phone.replace(/[\s-]/g, '').replace(/^\+66/, '0');
    const body = {
      name: name.trim(),
      phone: tel,
      password,
      role,
      ...(role === 'lao_admin' ? { laoCode: lao.trim() } : { provinceCode: province }),
    };
    void submit(
      check(tel),
      async () => {
        onCreated(await call(api.POST('/api/v1/admin/users', { body })));
        setName('');
        setPhone('');
        setPassword('');
        setLao('');
      },
      refused,
    );
  };

  return (
    <form class="card form-grid" onSubmit={onSubmit} noValidate>
      <h2>{t('admin.users.create')}</h2>
      <SelectField id="user-role" label={t('admin.users.role')} value={role} onValue={setRole}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`admin.users.roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {role === 'province_admin' ? (
        <SelectField
          id="user-province"
          label={t('admin.users.province')}
          error={errors.provinceCode}
          value={province}
          onValue={setProvince}
        >
          <option value="">{t('admin.users.chooseProvince')}</option>
          {provinces.state === 'ok' &&
            provinces.data.map((p) => (
              <option key={p.code} value={p.code}>
                {p.nameTh}
              </option>
            ))}
        </SelectField>
      ) : (
        <TextField
          id="user-lao"
          label={t('admin.laoCode')}
          error={errors.laoCode}
          hint={t('admin.users.laoHint')}
          type="text"
          inputMode="numeric"
          maxLength={7}
          value={lao}
          onValue={setLao}
        />
      )}
      <TextField
        id="user-name"
        label={t('admin.users.name')}
        error={errors.name}
        type="text"
        autoComplete="off"
        value={name}
        onValue={setName}
      />
      <TextField
        id="user-phone"
        label={t('admin.users.phone')}
        error={errors.phone}
        type="tel"
        autoComplete="off"
        value={phone}
        onValue={setPhone}
      />
      <TextField
        id="user-password"
        label={t('admin.users.password')}
        error={errors.password}
        hint={t('admin.users.passwordHint')}
        type="text"
        autoComplete="new-password"
        value={password}
        onValue={setPassword}
      />
      <FormAlert error={errors.form} />
      <SubmitButton busy={busy} label={t('admin.users.submit')} busyLabel={t('admin.sending')} />
    </form>
  );
}
