import { api, ApiError, call } from '../../api/client';
import type { Me } from '../../api/types';
import { SelectField, TextField } from '../../components/field';
import { FormAlert, SubmitButton, useForm } from '../../components/form';
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
/** The API's field (before any dot) → this form's field. */
const FIELD_OF: Record<string, string> = {
  name: 'name',
  phone: 'phone',
  password: 'password',
  laoCode: 'lao',
  provinceCode: 'province',
  email: 'email',
};

export function CreateUserForm({ me, onCreated }: { me: Me; onCreated: (u: CreatedUser) => void }) {
  const roles = rolesFor(me);
  const provinces = useLoad('provinces', loadProvinces);
  const { values, setValues, field, errors, busy, submit } = useForm('user', {
    role: roles[0],
    name: '',
    phone: '',
    password: '',
    province: me.provinceCode ?? '',
    lao: '',
  });
  const { role, name, password, province } = values;
  const lao = values.lao.trim();

  const check = (tel: string): Errors => {
    const errs: Errors = {};
    if (!name.trim()) errs.name = t('admin.users.errName');
    if (!/^0\d{8,9}$/.test(tel)) errs.phone = t('admin.users.errPhone');
    if (password.length < 8) errs.password = t('admin.users.errPassword');
    if (role === 'province_admin' && !/^\d{2}$/.test(province)) errs.province = t('admin.users.errProvince');
    if (role === 'lao_admin' && !/^\d{7}$/.test(lao)) errs.lao = t('admin.errLaoCode');
    else if (
      role === 'lao_admin' &&
      me.provinceCode &&
      !me.roles.includes('dla_admin') &&
      lao.slice(1, 3) !== me.provinceCode
    )
      errs.lao = t('admin.users.errLaoOutside');
    return errs;
  };

  const refused = (err: unknown): Errors => {
    if (!(err instanceof ApiError)) return { form: t('admin.errSend') };
    if (err.status === 409) return { phone: t('admin.users.errTaken') };
    if (err.status === 404 && err.field('laoCode')) return { lao: t('admin.users.errNoLao') };
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
    const tel = values.phone.replace(/[\s-]/g, '').replace(/^\+66/, '0');
    const body = {
      name: name.trim(),
      phone: tel,
      password,
      role,
      ...(role === 'lao_admin' ? { laoCode: lao } : { provinceCode: province }),
    };
    void submit(
      check(tel),
      async () => {
        onCreated(await call(api.POST('/api/v1/admin/users', { body })));
        setValues((v) => ({ ...v, name: '', phone: '', password: '', lao: '' }));
      },
      refused,
    );
  };

  return (
    <form class="card form-grid" onSubmit={onSubmit} noValidate>
      <h2>{t('admin.users.create')}</h2>
      <SelectField {...field('role')} label={t('admin.users.role')}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`admin.users.roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {role === 'province_admin' ? (
        <SelectField {...field('province')} label={t('admin.users.province')}>
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
          {...field('lao')}
          label={t('admin.laoCode')}
          hint={t('admin.users.laoHint')}
          type="text"
          inputMode="numeric"
          maxLength={7}
        />
      )}
      <TextField {...field('name')} label={t('admin.users.name')} type="text" autoComplete="off" />
      <TextField {...field('phone')} label={t('admin.users.phone')} type="tel" autoComplete="off" />
      <TextField
        {...field('password')}
        label={t('admin.users.password')}
        hint={t('admin.users.passwordHint')}
        type="text"
        autoComplete="new-password"
      />
      <FormAlert error={errors.form} />
      <SubmitButton busy={busy} label={t('admin.users.submit')} busyLabel={t('admin.sending')} />
    </form>
  );
}
