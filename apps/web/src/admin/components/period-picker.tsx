import { SelectField, TextField } from '../../components/field';
import { useForm } from '../../components/form';
import { fiscalYearOf, todayBangkok } from '../../format';
import { t } from '../../i18n';
import { periodErrors, thisMonth } from '../period';
import type { Period } from '../period';

type Kind = 'thisMonth' | 'month' | 'fiscalYear' | 'range';

/** This month, a month, a fiscal year (B.E.) or a date range; checked before the page asks the API. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const currentFy = fiscalYearOf(todayBangkok());
  const { values, field, errors, setErrors } = useForm('period', {
    kind: (period.kind === 'month' ? (period.month === thisMonth() ? 'thisMonth' : 'month') : period.kind) as Kind,
    month: period.kind === 'month' ? period.month : thisMonth(),
    fy: String(period.kind === 'fiscalYear' ? period.fiscalYear : currentFy),
    from: period.kind === 'range' ? period.from : `${thisMonth()}-01`,
    to: period.kind === 'range' ? period.to : todayBangkok(),
  });
  const { kind, month, fy, from, to } = values;

  const chosen = (): Period =>
    kind === 'thisMonth'
      ? { kind: 'month', month: thisMonth() }
      : kind === 'month'
        ? { kind: 'month', month }
        : kind === 'fiscalYear'
          ? { kind: 'fiscalYear', fiscalYear: Number(fy) }
          : { kind: 'range', from, to };

  const submit = (e: Event) => {
    e.preventDefault();
    const p = chosen();
    const errs = periodErrors(p);
    setErrors(Object.fromEntries(Object.entries(errs).map(([k, v]) => [k, t(v!)])));
    if (Object.keys(errs).length === 0) onChange(p);
  };

  return (
    <form class="period-picker" onSubmit={submit} noValidate>
      <SelectField {...field('kind')} label={t('admin.period.label')}>
        <option value="thisMonth">{t('admin.period.thisMonth')}</option>
        <option value="month">{t('admin.period.month')}</option>
        <option value="fiscalYear">{t('admin.period.fiscalYear')}</option>
        <option value="range">{t('admin.period.range')}</option>
      </SelectField>
      {kind === 'month' && (
        <TextField
          {...field('month')}
          label={t('admin.period.monthField')}
          hint={t('admin.period.monthHint')}
          type="month"
        />
      )}
      {kind === 'fiscalYear' && (
        <SelectField {...field('fy')} label={t('admin.period.fiscalYearField')} error={errors.fiscalYear}>
          {[currentFy, currentFy - 1, currentFy - 2].map((y) => (
            <option key={y} value={String(y)}>
              {t('admin.period.fyOption', { fy: y })}
            </option>
          ))}
        </SelectField>
      )}
      {kind === 'range' && (
        <>
          <TextField {...field('from')} label={t('admin.period.from')} type="date" />
          <TextField {...field('to')} label={t('admin.period.to')} type="date" />
        </>
      )}
      <button type="submit" class="button">
        {t('admin.period.show')}
      </button>
    </form>
  );
}
