import { useState } from 'preact/hooks';
import { useSlipImageUrl } from '../../components/slip-image-url';
import type { Order } from '../../api/types';
import { dateTime } from '../../format';
import { t } from '../../i18n';

/**
 * A consumer's slip: what was read from it and where the check stands; its image is private (fetched with
 * the bearer token into a blob URL), shown only when asked for.
 */
export function SlipRow({ orderId, slip }: { orderId: string; slip: Order['slips'][number] }) {
  const [show, setShow] = useState(false);
  return (
    <li class="slip-row">
      <p>
        {dateTime(slip.uploadedAt)} · {t('admin.orders.reference')} {slip.reference} ·{' '}
        {t(`admin.orders.slipStatus.${slip.status}`)}
        {slip.rejectReason && ` (${slip.rejectReason})`}
      </p>
      {show ? (
        <SlipImage orderId={orderId} slipId={slip.id} />
      ) : (
        <button type="button" class="button small-button" onClick={() => setShow(true)}>
          {t('admin.orders.showSlip')}
        </button>
      )}
    </li>
  );
}

function SlipImage({ orderId, slipId }: { orderId: string; slipId: string }) {
  const { url, failed } = useSlipImageUrl(orderId, slipId);
  if (failed) return <p class="alert">{t('admin.orders.slipFailed')}</p>;
  if (!url) return <p class="muted">{t('admin.orders.slipLoading')}</p>;
  return <img class="slip-img" src={url} alt={t('admin.orders.slipAlt')} />;
}
