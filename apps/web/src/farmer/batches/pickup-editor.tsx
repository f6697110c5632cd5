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
      {points.map((p, i) => {
        /** One of the point's inputs in its Field, with the API's error for it (`error`). */
        const input = (
          k: keyof PickupDraft,
          label: string,
          error?: string,
          more: { type?: string; hint?: string } = {},
        ) => (
          <Field id={`pp-${i}-${k}`} label={label} hint={more.hint} error={error}>
            <input
              id={`pp-${i}-${k}`}
              type={more.type}
              value={p[k]}
              onInput={(e) => set(i, { [k]: e.currentTarget.value })}
            />
          </Field>
        );
        return (
          <div class="pickup-draft" key={i}>
            {input('name', t('farmer.batches.pointName', { n: i + 1 }), errors[`pickupPoints[${i}].name`])}
            {input('address', t('farmer.batches.pointAddress'), errors[`pickupPoints[${i}].address`])}
            {input('day', t('farmer.batches.pointDay'), errors[`pickupPoints[${i}].windows[0].start`], {
              type: 'date',
              hint: t('farmer.batches.pointDayHint'),
            })}
            <div class="two">
              {input('from', t('farmer.batches.pointFrom'), undefined, { type: 'time' })}
              {input('to', t('farmer.batches.pointTo'), errors[`pickupPoints[${i}].windows[0].end`], { type: 'time' })}
            </div>
            {points.length > 1 && (
              <button type="button" class="link" onClick={() => onChange(points.filter((_, j) => j !== i))}>
                {t('farmer.batches.removePoint', { n: i + 1 })}
              </button>
            )}
          </div>
        );
      })}
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
