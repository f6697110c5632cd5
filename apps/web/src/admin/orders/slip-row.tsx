import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
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
        {dateTime(slip.uploadedAt)} · {t('admin.orders.reference')} {slip.reference} · {t(`admin.orders.slipStatus.${slip.status}`)}
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
  if (failed) return <p class="alert">{t('admin.orders.slipFailed')}</p>;
  if (!url) return <p class="muted">{t('admin.orders.slipLoading')}</p>;
  return <img class="slip-img" src={url} alt={t('admin.orders.slipAlt')} />;
}
