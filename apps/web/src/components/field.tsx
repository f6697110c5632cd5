import type { ComponentChildren, JSX } from 'preact';

interface Labelled {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled control with its error beside it, in Thai, linked for screen readers. */
export function Field({ id, label, error, hint, children }: Labelled & { children: ComponentChildren }) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export const describedBy = (id: string, error?: string, hint?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

/** What ties a control to its Field: the id its label names, whether it is invalid, the hint and error read with it. */
export const controlOf = ({ id, error, hint }: Omit<Labelled, 'label'>) => ({
  id,
  'aria-invalid': !!error,
  'aria-describedby': describedBy(id, error, hint),
});

/** A control's own attributes, its value as a string and what to do with a new one. */
type Control<A, V extends string = string> = Labelled &
  Omit<A, 'id' | 'label' | 'value' | 'onInput' | 'onChange'> & {
    value: V;
    onValue: (value: V) => void;
  };

/** One line of text (or number, date, phone…) in a Field. */
export function TextField({ id, label, error, hint, value, onValue, ...attrs }: Control<JSX.InputHTMLAttributes>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        {...attrs}
        {...controlOf({ id, error, hint })}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Field>
  );
}

/** A few lines of text in a Field. */
export function TextAreaField({
  id,
  label,
  error,
  hint,
  value,
  onValue,
  ...attrs
}: Control<JSX.TextareaHTMLAttributes>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <textarea
        {...attrs}
        {...controlOf({ id, error, hint })}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Field>
  );
}

/** A choice among `children` (its options) in a Field. */
export function SelectField<V extends string>({
  id,
  label,
  error,
  hint,
  value,
  onValue,
  children,
  ...attrs
}: Control<JSX.SelectHTMLAttributes, V> & { children: ComponentChildren }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select
        {...attrs}
        {...controlOf({ id, error, hint })}
        value={value}
        onChange={(e) => onValue(e.currentTarget.value as V)}
      >
        {children}
      </select>
    </Field>
  );
}
