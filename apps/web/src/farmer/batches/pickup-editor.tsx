import { t } from '../../i18n';
import { Field } from '../../components/field';

export interface PickupDraft {
  name: string;
  address: string;
  day: string;
  from: string;
  to: string;
}
export const EMPTY_POINT: PickupDraft = { name: '', address: '', day: '', from: '08:00', to: '12:00' };

/** Pickup points, each with one day and hours (the API takes more windows; a farmer needs one). */
export function PickupEditor({
  points,
  onChange,
  errors,
}: {
  points: PickupDraft[];
  onChange: (p: PickupDraft[]) => void;
  errors: Record<string, string | undefined>;
}) {
  const set = (i: number, patch: Partial<PickupDraft>) =>
    onChange(points.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset class="card">
      <legend>{t('farmer.batches.pickupPoints')}</legend>
      <p class="hint">{t('farmer.batches.pickupHint')}</p>
      {points.map((p, i) => (
        <div class="pickup-draft" key={i}>
          <Field
            id={`pp-${i}-name`}
            label={t('farmer.batches.pointName', { n: i + 1 })}
            error={errors[`pickupPoints[${i}].name`]}
          >
            <input id={`pp-${i}-name`} value={p.name} onInput={(e) => set(i, { name: e.currentTarget.value })} />
          </Field>
          <Field
            id={`pp-${i}-address`}
            label={t('farmer.batches.pointAddress')}
            error={errors[`pickupPoints[${i}].address`]}
          >
            <input
              id={`pp-${i}-address`}
              value={p.address}
              onInput={(e) => set(i, { address: e.currentTarget.value })}
            />
          </Field>
          <Field
            id={`pp-${i}-day`}
            label={t('farmer.batches.pointDay')}
            hint={t('farmer.batches.pointDayHint')}
            error={errors[`pickupPoints[${i}].windows[0].start`]}
          >
            <input
              id={`pp-${i}-day`}
              type="date"
              value={p.day}
              onInput={(e) => set(i, { day: e.currentTarget.value })}
            />
          </Field>
          <div class="two">
            <Field id={`pp-${i}-from`} label={t('farmer.batches.pointFrom')}>
              <input
                id={`pp-${i}-from`}
                type="time"
                value={p.from}
                onInput={(e) => set(i, { from: e.currentTarget.value })}
              />
            </Field>
            <Field
              id={`pp-${i}-to`}
              label={t('farmer.batches.pointTo')}
              error={errors[`pickupPoints[${i}].windows[0].end`]}
            >
              <input
                id={`pp-${i}-to`}
                type="time"
                value={p.to}
                onInput={(e) => set(i, { to: e.currentTarget.value })}
              />
            </Field>
          </div>
          {points.length > 1 && (
            <button type="button" class="link" onClick={() => onChange(points.filter((_, j) => j !== i))}>
              {t('farmer.batches.removePoint', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" class="button" onClick={() => onChange([...points, EMPTY_POINT])}>
        {t('farmer.batches.addPoint')}
      </button>
    </fieldset>
  );
}

/** The points as the API takes them (a point without a day has no window). */
export function pickupBody(points: PickupDraft[]) {
  return points
    .filter((p) => p.name.trim() || p.address.trim())
    .map((p) => ({
      name: p.name.trim(),
      address: p.address.trim(),
      ...(p.day ? { windows: [{ start: `${p.day}T${p.from}:00+07:00`, end: `${p.day}T${p.to}:00+07:00` }] } : {}),
    }));
}
