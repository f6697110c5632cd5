import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { TextField } from '../../components/field';
import { unitLabel } from '../../components/labels';
import { num } from '../../format';
import { t } from '../../i18n';
import { actionError } from './action-error';
import type { OrderSummary, PackingRow } from './packing-data';
import { orderNo } from './texts';
import { FormAlert } from '../../components/form';

/** The next step of one order on the packing list, as the order service's lifecycle allows it. */
export const fulfil = {
  ready: (id: string) => call(api.POST('/api/v1/orders/{id}/ready', { params: { path: { id } } })),
  handover: (id: string) => call(api.POST('/api/v1/orders/{id}/handover', { params: { path: { id } } })),
};

/** One line of the packing list: what to pack for which order, its state, and the one button it needs now. */
export function OrderLine({
  row,
  order,
  unit,
  onChanged,
}: {
  row: PackingRow;
  order?: OrderSummary;
  unit: string;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // busy until the reloaded list shows the order's next state, so a second tap cannot repeat the step
  useEffect(() => setBusy(false), [order?.status]);
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      onChanged();
    } catch (e) {
      setError(actionError(e));
      setBusy(false);
    }
  };
  const no = row.orderId ? orderNo(row.orderId) : '—';
  return (
    <li class="order-line" data-order={row.orderId ?? ''}>
      <span class="tick" aria-hidden="true" />
      <div class="what">
        <strong>
          {t('farmer.orders.orderNo', { no })} ·{' '}
          {t('farmer.orders.packing.pack', { quantity: `${num(row.toPack)} ${unitLabel(unit)}` })}
        </strong>
        <span class="muted sub">{order ? t(`orderStatus.${order.status}`) : t('farmer.orders.packing.noOrder')}</span>
        {row.deliveryAddress && (
          <p class="address">
            {t('farmer.orders.packing.address')}: {row.deliveryAddress}
          </p>
        )}
        {order?.shipment && (
          <p class="muted">
            {order.shipment.carrier} · {order.shipment.trackingNumber}
          </p>
        )}
      </div>
      {order && (
        <div class="line-actions">
          {order.status === 'paid' && order.fulfilment.type === 'pickup' && (
            <button type="button" class="button" disabled={busy} onClick={() => void act(() => fulfil.ready(order.id))}>
              {t('farmer.orders.packing.ready')}
            </button>
          )}
          {order.status === 'paid' && order.fulfilment.type === 'delivery' && (
            <ShipForm orderId={order.id} busy={busy} act={act} />
          )}
          {(order.status === 'ready_for_pickup' || order.status === 'shipped') && (
            <button
              type="button"
              class="button primary"
              disabled={busy}
              onClick={() => void act(() => fulfil.handover(order.id))}
            >
              {t('farmer.orders.packing.handover')}
            </button>
          )}
        </div>
      )}
      <FormAlert error={error} />
    </li>
  );
}

/** Shipped with a carrier and a tracking number (both required, named beside their field in Thai). */
function ShipForm({
  orderId,
  busy,
  act,
}: {
  orderId: string;
  busy: boolean;
  act: (fn: () => Promise<unknown>) => Promise<void>;
}) {
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [errors, setErrors] = useState<{ carrier?: string; tracking?: string }>({});
  const ids = { carrier: `carrier-${orderId}`, tracking: `tracking-${orderId}` };
  const submit = (e: Event) => {
    e.preventDefault();
    const next = {
      carrier: carrier.trim() ? undefined : t('farmer.orders.packing.carrierRequired'),
      tracking: tracking.trim() ? undefined : t('farmer.orders.packing.trackingRequired'),
    };
    setErrors(next);
    if (next.carrier || next.tracking) return;
    void act(() =>
      call(
        api.POST('/api/v1/orders/{id}/ship', {
          params: { path: { id: orderId } },
          body: { carrier: carrier.trim(), trackingNumber: tracking.trim() },
        }),
      ),
    );
  };
  return (
    <form class="ship-form" onSubmit={submit} noValidate>
      <TextField
        id={ids.carrier}
        label={t('farmer.orders.packing.carrier')}
        error={errors.carrier}
        value={carrier}
        maxLength={100}
        onValue={setCarrier}
      />
      <TextField
        id={ids.tracking}
        label={t('farmer.orders.packing.tracking')}
        error={errors.tracking}
        value={tracking}
        maxLength={100}
        onValue={setTracking}
      />
      <button type="submit" class="button" disabled={busy}>
        {t('farmer.orders.packing.ship')}
      </button>
    </form>
  );
}
