import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { t } from '../../i18n';

/**
 * A slip's image: it is private (only the order's producer and LAO admins may see it), so it is fetched with
 * the bearer token into a blob URL, never linked by address; the URL is released when the card goes.
 */
export function SlipImage({ orderId, slipId, alt }: { orderId: string; slipId: string; alt: string }) {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let made: string | undefined;
    call(api.GET('/api/v1/orders/{id}/slips/{slipId}/image', { params: { path: { id: orderId, slipId } }, parseAs: 'blob' })).then(
      (blob) => {
        made = URL.createObjectURL(blob as unknown as Blob);
        if (live) setUrl(made);
        else URL.revokeObjectURL(made);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [orderId, slipId]);
  if (failed) return <p class="alert">{t('farmer.orders.payments.slipFailed')}</p>;
  if (!url) return <p class="muted slip-placeholder">{t('farmer.orders.payments.slipLoading')}</p>;
  return (
    <a class="slip-image" href={url} target="_blank" rel="noopener" aria-label={t('farmer.orders.payments.openFull')}>
      <img src={url} alt={alt} />
    </a>
  );
}
