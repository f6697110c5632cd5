import { useSlipImageUrl } from '../../components/slip-image-url';
import { t } from '../../i18n';

/** A slip's image on a payment card, opened full size on a tap. */
export function SlipImage({ orderId, slipId, alt }: { orderId: string; slipId: string; alt: string }) {
  const { url, failed } = useSlipImageUrl(orderId, slipId);
  if (failed) return <p class="alert">{t('farmer.orders.payments.slipFailed')}</p>;
  if (!url) return <p class="muted slip-placeholder">{t('farmer.orders.payments.slipLoading')}</p>;
  return (
    <a class="slip-image" href={url} target="_blank" rel="noopener" aria-label={t('farmer.orders.payments.openFull')}>
      <img src={url} alt={alt} />
    </a>
  );
}
