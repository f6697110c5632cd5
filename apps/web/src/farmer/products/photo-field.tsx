import { useEffect, useMemo } from 'preact/hooks';
import { describedBy, Field } from '../../components/field';
import { t } from '../../i18n';
import { thumbOf } from './product-values';

export const MAX_PHOTOS = 8;
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * รูปสินค้า: photos already stored (removable, one can be made first: it is the share page's og:image) and
 * photos chosen on the phone and not sent yet. A file that is no picture or over 10 MB is refused here,
 * early; the gateway checks the bytes again.
 */
export function PhotoField(props: {
  saved: string[];
  pending: File[];
  error?: string;
  disabled: boolean;
  onSaved: (urls: string[]) => void;
  onPending: (files: File[]) => void;
  onError: (message: string | undefined) => void;
}) {
  const { saved, pending, error, disabled } = props;
  const previews = useMemo(() => pending.map((f) => URL.createObjectURL(f)), [pending]);
  useEffect(() => () => previews.forEach((u) => URL.revokeObjectURL(u)), [previews]);

  const choose = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    props.onError(undefined);
    const bad = files.find((f) => f.type && !f.type.startsWith('image/'));
    if (bad) return props.onError(t('farmer.products.err.photoType'));
    if (files.some((f) => f.size > MAX_BYTES)) return props.onError(t('farmer.products.err.photoSize'));
    if (saved.length + pending.length + files.length > MAX_PHOTOS)
      return props.onError(t('farmer.products.err.photoCount'));
    props.onPending([...pending, ...files]);
  };
  const n = saved.length + pending.length;
  return (
    <Field
      id="photos"
      label={t('farmer.products.photos')}
      hint={t('farmer.products.photosHint')}
      error={error}
      announce
    >
      {n > 0 && (
        <ul class="fp-photos">
          {saved.map((url, i) => (
            <li key={url}>
              <img src={thumbOf(url)} alt={t('farmer.products.photoAlt', { n: i + 1 })} width={400} height={300} />
              {i > 0 && (
                <button
                  type="button"
                  class="link"
                  disabled={disabled}
                  onClick={() => props.onSaved([url, ...saved.filter((u) => u !== url)])}
                >
                  {t('farmer.products.first')}
                </button>
              )}
              <button
                type="button"
                class="link danger"
                disabled={disabled}
                onClick={() => props.onSaved(saved.filter((u) => u !== url))}
              >
                {t('farmer.products.remove')}
              </button>
            </li>
          ))}
          {pending.map((f, i) => (
            <li key={`${f.name}-${i}`} class="fp-pending">
              <img
                src={previews[i]}
                alt={t('farmer.products.photoAlt', { n: saved.length + i + 1 })}
                width={400}
                height={300}
              />
              <span class="small muted">{t('farmer.products.waiting')}</span>
              <button
                type="button"
                class="link danger"
                disabled={disabled}
                onClick={() => props.onPending(pending.filter((_, k) => k !== i))}
              >
                {t('farmer.products.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id="photos"
        class="file-input"
        type="file"
        accept="image/*"
        multiple
        disabled={disabled || n >= MAX_PHOTOS}
        aria-describedby={describedBy('photos', error, 'hint')}
        onChange={(e) => {
          choose(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {/* the browser's own file button speaks the device's language; this one speaks Thai */}
      <label for="photos" class="button file-button" aria-hidden="true">
        {t('farmer.products.choosePhotos')} ({t('farmer.products.photoCount', { n })})
      </label>
    </Field>
  );
}
