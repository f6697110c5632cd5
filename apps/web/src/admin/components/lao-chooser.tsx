import { useState } from 'preact/hooks';
import { describedBy, Field } from '../../components/field';
import { t } from '../../i18n';
import { useLocation } from '../../router';

/** Province and DLA staff name the LAO a page works on (its 7-digit DLA code). */
export function LaoChooser({ title }: { title: string }) {
  const { path, navigate } = useLocation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  return (
    <form
      class="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!/^\d{7}$/.test(code.trim())) return setError(t('admin.errLaoCode'));
        navigate(`${path}?lao=${code.trim()}`);
      }}
    >
      <h1>{title}</h1>
      <Field id="lao-code" label={t('admin.laoCode')} error={error}>
        <input
          id="lao-code"
          inputMode="numeric"
          value={code}
          aria-describedby={describedBy('lao-code', error)}
          onInput={(e) => setCode((e.target as HTMLInputElement).value)}
        />
      </Field>
      <button type="submit" class="button">
        {t('admin.choose')}
      </button>
    </form>
  );
}
