import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';

/**
 * A slip's image is private (its consumer, the order's producer and LAO admins): fetched with the bearer
 * token into a blob URL, never linked by address, and released when the component goes.
 */
export function useSlipImageUrl(orderId: string, slipId: string): { url?: string; failed: boolean } {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let made: string | undefined;
    call(
      api.GET('/api/v1/orders/{id}/slips/{slipId}/image', {
        params: { path: { id: orderId, slipId } },
        parseAs: 'blob',
      }),
    ).then(
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
  return { url, failed };
}
