import type { ComponentChildren } from 'preact';
import { describedBy, Field } from '../../components/field';
import { CATEGORIES, categoryLabel, unitLabel } from '../../components/labels';
import { t } from '../../i18n';
import type { Errors, ProductValues } from './product-values';

const UNITS = ['kg', 'box', 'piece', 'bunch', 'bag', 'other'] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type Set = <K extends keyof ProductValues>(key: K, value: ProductValues[K]) => void;

/** One text control with its visible label, hint and Thai error beside it. */
function Text(p: {
  id: keyof ProductValues;
  v: ProductValues;
  e: Errors;
  set: Set;
  hint?: string;
  rows?: number;
  type?: string;
  inputMode?: string;
  label?: string;
}) {
  const hint = p.hint && t(p.hint);
  const common = {
    id: p.id,
    name: p.id,
    value: p.v[p.id] as string,
    'aria-invalid': p.e[p.id] ? true : undefined,
    'aria-describedby': describedBy(p.id, p.e[p.id], hint),
    onInput: (ev: Event) => p.set(p.id, (ev.currentTarget as HTMLInputElement).value as never),
  };
  return (
    <Field id={p.id} label={t(p.label ?? `farmer.products.${p.id}`)} error={p.e[p.id]} hint={hint}>
      {p.rows ? (
        <textarea {...common} rows={p.rows} />
      ) : (
        <input {...common} type={p.type ?? 'text'} inputMode={p.inputMode as never} />
      )}
    </Field>
  );
}

/** A choice among fixed options (each shown as `text` says), with its visible label; it cannot be wrong. */
function Choice<K extends 'category' | 'unit'>(p: {
  id: K;
  v: ProductValues;
  set: Set;
  options: readonly ProductValues[K][];
  text: (option: ProductValues[K]) => string;
}) {
  return (
    <Field id={p.id} label={t(`farmer.products.${p.id}`)}>
      <select id={p.id} value={p.v[p.id]} onChange={(ev) => p.set(p.id, ev.currentTarget.value as ProductValues[K])}>
        {p.options.map((o) => (
          <option value={o}>{p.text(o)}</option>
        ))}
      </select>
    </Field>
  );
}

/** The product's fields, phone first: one column, the story as a large box with a hint of what makes a good one. */
export function ProductFields({
  v,
  e,
  set,
  producerPicker,
  photos,
}: {
  v: ProductValues;
  e: Errors;
  set: Set;
  producerPicker?: ComponentChildren;
  photos: ComponentChildren;
}) {
  const toggleMonth = (m: number) =>
    set(
      'seasonMonths',
      v.seasonMonths.includes(m) ? v.seasonMonths.filter((x) => x !== m) : [...v.seasonMonths, m].sort((a, b) => a - b),
    );
  return (
    <>
      {producerPicker}
      <Text id="name" v={v} e={e} set={set} hint="farmer.products.nameHint" />
      <Choice id="category" v={v} set={set} options={CATEGORIES} text={categoryLabel} />
      <Choice id="unit" v={v} set={set} options={UNITS} text={unitLabel} />
      <Text id="price" v={v} e={e} set={set} hint="farmer.products.priceHint" inputMode="decimal" />
      {photos}
      <Text id="story" v={v} e={e} set={set} hint="farmer.products.storyHint" rows={8} />
      <Text id="description" v={v} e={e} set={set} hint="farmer.products.descriptionHint" rows={4} />
      <fieldset class="fp-months">
        <legend>{t('farmer.products.season')}</legend>
        {MONTHS.map((m) => (
          <label class="fp-check" for={`month-${m}`}>
            <input
              id={`month-${m}`}
              type="checkbox"
              checked={v.seasonMonths.includes(m)}
              onChange={() => toggleMonth(m)}
            />
            {t(`month.${m}`)}
          </label>
        ))}
      </fieldset>
      <Text id="tags" v={v} e={e} set={set} hint="farmer.products.tagsHint" />
      <Text id="videos" v={v} e={e} set={set} hint="farmer.products.videosHint" rows={3} />
      <fieldset>
        <legend>{t('farmer.products.contacts')}</legend>
        <p class="hint">{t('farmer.products.contactsHint')}</p>
        <Text id="phone" v={v} e={e} set={set} type="tel" inputMode="tel" />
        <Text id="lineId" v={v} e={e} set={set} />
        <Text id="facebookUrl" v={v} e={e} set={set} type="url" />
        <Text id="tiktokUrl" v={v} e={e} set={set} type="url" />
      </fieldset>
    </>
  );
}
