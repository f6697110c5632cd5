import { useState } from 'preact/hooks';

/** A form's errors by field id; `form` is the one for the whole form. */
export type Errors = Record<string, string>;

/** Work that holds its button while it runs: `run` resolves to whether it was done; `failed` hears why not. */
function useBusy() {
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, failed: (err: unknown) => void) => {
    setBusy(true);
    try {
      await work();
      return true;
    } catch (err) {
      failed(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/**
 * One form's sending: the early checks' errors shown beside their fields (nothing sent while there are any),
 * the button held while the request is in flight, and the API's refusal turned into errors by `failed`.
 * `submit` resolves to whether it was sent.
 */
export function useSubmit() {
  const [errors, setErrors] = useState<Errors>({});
  const { busy, run } = useBusy();
  const submit = async (found: Errors, send: () => Promise<unknown>, failed: (err: unknown) => Errors) => {
    setErrors(found);
    if (Object.keys(found).length) return false;
    return run(send, (err) => setErrors(failed(err)));
  };
  return { errors, setErrors, busy, submit };
}

/**
 * A button's work (not a form's): held while it runs, and what went wrong in words when it fails (`failed`
 * turns the error into them). `run` resolves to whether the work was done.
 */
export function useAction(failed: (err: unknown) => string) {
  const [error, setError] = useState<string>();
  const { busy, run: runBusy } = useBusy();
  const run = (work: () => Promise<unknown>) => {
    setError(undefined);
    return runBusy(work, (err) => setError(failed(err)));
  };
  return { busy, error, run };
}

/** The form's own error (not a field's), read out when it appears. */
export function FormAlert({ error, class: cls = 'alert' }: { error?: string; class?: string }) {
  return error ? (
    <p class={cls} role="alert">
      {error}
    </p>
  ) : null;
}

/** The submit button, held while sending, saying so when there is a word for it. */
export function SubmitButton({
  busy,
  label,
  busyLabel = label,
  class: cls = 'button primary',
}: {
  busy: boolean;
  label: string;
  busyLabel?: string;
  class?: string;
}) {
  return (
    <button type="submit" class={cls} disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}

/**
 * A form's values (strings, as typed) with its sending state; `field(name)` gives a TextField or SelectField
 * what it takes from the form: the id `<idPrefix>-<name>`, the value, its error (under `name`), the setter.
 */
export function useForm<V extends Record<string, string>>(idPrefix: string, initial: V) {
  const [values, setValues] = useState(initial);
  const sending = useSubmit();
  const field = <K extends keyof V & string>(name: K) => ({
    id: `${idPrefix}-${name}`,
    value: values[name],
    error: sending.errors[name],
    onValue: (value: V[K]) => setValues((v) => ({ ...v, [name]: value })),
  });
  return { ...sending, values, setValues, field };
}
