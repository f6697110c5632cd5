import { useState } from 'preact/hooks';
import { SelectField, TextField } from '../../components/field';
import { fiscalYearOf, todayBangkok } from '../../format';
import { t } from '../../i18n';
import { periodErrors, thisMonth } from '../period';
import type { Period } from '../period';

type Kind = 'thisMonth' | 'month' | 'fiscalYear' | 'range';

/** This month, a month, a fiscal year (B.E.) or a date range; checked before the page asks the API. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const currentFy = fiscalYearOf(todayBangkok());
  const [kind, setKind] = useState<Kind>(
    period.kind === 'month' ? (period.month === thisMonth() ? 'thisMonth' : 'month') : period.kind,
  );
  const [month, setMonth] = useState(period.kind === 'month' ? period.month : thisMonth());
  const [fy, setFy] = useState(String(period.kind === 'fiscalYear' ? period.fiscalYear : currentFy));
  const [from, setFrom] = useState(period.kind === 'range' ? period.from : `${thisMonth()}-01`);
  const [to, setTo] = useState(period.kind === 'range' ? period.to : todayBangkok());
  const [errors, setErrors] = useState<Record<string, string>>({});

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
      <SelectField id="period-kind" label={t('admin.period.label')} value={kind} onValue={setKind}>
        <option value="thisMonth">{t('admin.period.thisMonth')}</option>
        <option value="month">{t('admin.period.month')}</option>
        <option value="fiscalYear">{t('admin.period.fiscalYear')}</option>
        <option value="range">{t('admin.period.range')}</option>
      </SelectField>
      {kind === 'month' && (
        <TextField
          id="period-month"
          label={t('admin.period.monthField')}
          error={errors.month}
          hint={t('admin.period.monthHint')}
          type="month"
          value={month}
          onValue={setMonth}
        />
      )}
      {kind === 'fiscalYear' && (
        <SelectField
          id="period-fy"
          label={t('admin.period.fiscalYearField')}
          error={errors.fiscalYear}
          value={fy}
          onValue={setFy}
        >
          {[currentFy, currentFy - 1, currentFy - 2].map((y) => (
            <option key={y} value={String(y)}>
              {t('admin.period.fyOption', { fy: y })}
            </option>
          ))}
        </SelectField>
      )}
      {kind === 'range' &&
        (['from', 'to'] as const).map((end) => (
          <TextField
            key={end}
            id={`period-${end}`}
            label={t(`admin.period.${end}`)}
            error={errors[end]}
            type="date"
            value={end === 'from' ? from : to}
            onValue={end === 'from' ? setFrom : setTo}
          />
        ))}
      <button type="submit" class="button">
        {t('admin.period.show')}
      </button>
    </form>
  );
}
