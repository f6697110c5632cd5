import type { ComponentChildren, JSX } from 'preact';

interface Labelled {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

/**
 * A labelled control with its error beside it, in Thai, linked for screen readers. `announce`: the error is
 * read out as it appears (for a control that acts on its own, with no form to send).
 */
export function Field({
  id,
  label,
  error,
  hint,
  announce,
  children,
}: Labelled & { announce?: boolean; children: ComponentChildren }) {
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
        <p class="field-error" id={`${id}-error`} role={announce ? 'alert' : undefined}>
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

/** A Field's part of a control's props, and the control's own (wired to the Field, with its value). */
function split<V extends string, A>({ id, label, error, hint, value, onValue, ...attrs }: Control<A, V>) {
  return {
    field: { id, label, error, hint },
    control: { ...attrs, ...controlOf({ id, error, hint }), value },
    onValue,
  };
}

/** One line of text (or number, date, phone…) in a Field. */
export function TextField(props: Control<JSX.InputHTMLAttributes>) {
  const { field, control, onValue } = split(props);
  return (
    <Field {...field}>
      <input {...control} onInput={(e) => onValue(e.currentTarget.value)} />
    </Field>
  );
}

/** A few lines of text in a Field. */
export function TextAreaField(props: Control<JSX.TextareaHTMLAttributes>) {
  const { field, control, onValue } = split(props);
  return (
    <Field {...field}>
      <textarea {...control} onInput={(e) => onValue(e.currentTarget.value)} />
    </Field>
  );
}

/** A choice among `children` (its options) in a Field. */
export function SelectField<V extends string>({
  children,
  ...props
}: Control<JSX.SelectHTMLAttributes, V> & { children: ComponentChildren }) {
  const { field, control, onValue } = split(props);
  return (
    <Field {...field}>
      <select {...control} onChange={(e) => onValue(e.currentTarget.value as V)}>
        {children}
      </select>
    </Field>
  );
}
