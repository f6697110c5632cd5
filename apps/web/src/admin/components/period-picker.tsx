import { useState } from 'preact/hooks';
import { describedBy, Field } from '../../components/field';
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
      <Field id="period-kind" label={t('admin.period.label')}>
        <select id="period-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind)}>
          <option value="thisMonth">{t('admin.period.thisMonth')}</option>
          <option value="month">{t('admin.period.month')}</option>
          <option value="fiscalYear">{t('admin.period.fiscalYear')}</option>
          <option value="range">{t('admin.period.range')}</option>
        </select>
      </Field>
      {kind === 'month' && (
        <Field
          id="period-month"
          label={t('admin.period.monthField')}
          error={errors.month}
          hint={t('admin.period.monthHint')}
        >
          <input
            id="period-month"
            type="month"
            value={month}
            aria-invalid={!!errors.month}
            aria-describedby={describedBy('period-month', errors.month, 'x')}
            onInput={(e) => setMonth((e.target as HTMLInputElement).value)}
          />
        </Field>
      )}
      {kind === 'fiscalYear' && (
        <Field id="period-fy" label={t('admin.period.fiscalYearField')} error={errors.fiscalYear}>
          <select id="period-fy" value={fy} onChange={(e) => setFy((e.target as HTMLSelectElement).value)}>
            {[currentFy, currentFy - 1, currentFy - 2].map((y) => (
              <option key={y} value={String(y)}>
                {t('admin.period.fyOption', { fy: y })}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === 'range' && (
        <>
          <Field id="period-from" label={t('admin.period.from')} error={errors.from}>
            <input
              id="period-from"
              type="date"
              value={from}
              aria-invalid={!!errors.from}
              aria-describedby={describedBy('period-from', errors.from)}
              onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
            />
          </Field>
          <Field id="period-to" label={t('admin.period.to')} error={errors.to}>
            <input
              id="period-to"
              type="date"
              value={to}
              aria-invalid={!!errors.to}
              aria-describedby={describedBy('period-to', errors.to)}
              onInput={(e) => setTo((e.target as HTMLInputElement).value)}
            />
          </Field>
        </>
      )}
      <button type="submit" class="button">
        {t('admin.period.show')}
      </button>
    </form>
  );
}
