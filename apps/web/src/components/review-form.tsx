import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { t } from '../i18n';
import { TextAreaField } from './field';
import { FormAlert } from './form';

/** After receipt: 1–5 stars and a few words on the product. */
export function ReviewForm({ productId, orderId }: { productId: string; orderId: string }) {
  const [rating, setRating] = useState(0);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [message, setMessage] = useState<string>();
  if (state === 'done') return <p class="notice">{t('review.thanks')}</p>;
  const submit = async (e: Event) => {
    e.preventDefault();
    const errs = {
      rating: rating ? undefined : t('review.errRating'),
      text: text.trim() ? undefined : t('review.errText'),
    };
    setErrors(errs);
    if (errs.rating || errs.text) return;
    setState('busy');
    try {
      await call(
        api.POST('/api/v1/products/{id}/reviews', {
          params: { path: { id: productId } },
          body: { orderId, rating, text: text.trim() },
        }),
      );
      setState('done');
    } catch (err) {
      setState('idle');
      setMessage(
        err instanceof ApiError && err.code === 'DUPLICATE'
          ? t('review.already')
          : err instanceof ApiError
            ? t('reserve.err.other')
            : t('reserve.err.network'),
      );
    }
  };
  return (
    <form class="card review" noValidate onSubmit={submit}>
      <h2>{t('review.title')}</h2>
      <FormAlert error={message} />
      <fieldset class={errors.rating ? 'stars-input has-error' : 'stars-input'}>
        <legend>{t('review.rating')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} class="star">
            <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
            <span aria-hidden="true">{n <= rating ? '★' : '☆'}</span>
            <span class="sr-only">{t('product.stars', { n })}</span>
          </label>
        ))}
        {errors.rating && <p class="field-error">{errors.rating}</p>}
      </fieldset>
      <TextAreaField
        id="review-text"
        label={t('review.text')}
        error={errors.text}
        rows={3}
        maxLength={1000}
        value={text}
        onValue={setText}
      />
      <button class="button primary" type="submit" disabled={state === 'busy'}>
        {t('review.submit')}
      </button>
    </form>
  );
}
