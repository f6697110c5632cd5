import { api, ApiError, call } from '../api/client';
import type { Batch, Order, PaymentInstructions } from '../api/types';
import { unitLabel } from '../components/labels';
import { PromptPayQr } from '../components/promptpay';
import { RequireSignIn } from '../components/require-sign-in';
import { ReviewForm } from '../components/review-form';
import { SlipUpload } from '../components/slip-upload';
import { Page } from '../components/states';
import { Timeline } from '../components/timeline';
import { baht, dateTime, num } from '../format';
import { t } from '../i18n';
import { useLoad } from '../load';
import { FormAlert, useAction } from '../components/form';

interface OrderData {
  order: Order;
  payment: PaymentInstructions;
  batch: Batch | null;
}

async function loadOrder(id: string): Promise<OrderData> {
  const order = await call(api.GET('/api/v1/orders/{id}', { params: { path: { id } } }));
  const [payment, batch] = await Promise.all([
    call(api.GET('/api/v1/orders/{id}/payment', { params: { path: { id } } })),
    call(api.GET('/api/v1/batches/{id}', { params: { path: { id: order.batchId } } })).catch(() => null),
  ]);
  return { order, payment, batch };
}

function Fulfilment({ order }: { order: Order }) {
  const f = order.fulfilment;
  if (f.type === 'pickup') return <p>{t('order.pickupAt', { name: f.pickupPointName })}</p>;
  const a = f.address;
  return (
    <p>
      {t('order.deliverTo')} {a.line1} {a.subdistrict ?? ''} {a.postalCode} · {t('reserve.phone')} {a.phone}
      {order.shipment && (
        <> · {t('order.tracking', { carrier: order.shipment.carrier, no: order.shipment.trackingNumber })}</>
      )}
    </p>
  );
}

function OrderView({ data, reload }: { data: OrderData; reload: () => void }) {
  const { order: o, payment, batch } = data;
  const {
    busy,
    error: message,
    run,
  } = useAction((e) => (e instanceof ApiError ? t('order.actionRefused') : t('reserve.err.network')));
  const act = async (fn: () => Promise<unknown>) => {
    if (await run(fn)) reload();
  };
  const cancel = () => {
    if (!o.reservationId || !window.confirm(t('order.cancelConfirm'))) return;
    void act(() =>
      call(api.DELETE('/api/v1/reservations/{id}', { params: { path: { id: o.reservationId! } }, body: {} })),
    );
  };
  const underReview = o.paymentUnderReview;
  const lastSlip = o.slips[o.slips.length - 1];
  const rejected = lastSlip?.status === 'rejected' ? lastSlip : undefined;
  const canCancel = o.reservationId && batch?.status === 'open' && ['awaiting_deposit', 'reserved'].includes(o.status);
  return (
    <>
      <h1>{t('order.title', { name: o.productName })}</h1>
      <p class="muted">
        {t('order.number', { no: o.id.slice(0, 8).toUpperCase() })} · {num(o.quantity)} {unitLabel(o.unit)} ·{' '}
        {t('order.total', { amount: baht(o.totalSatang) })}
      </p>
      <FormAlert error={message} />
      <Timeline order={o} />
      {underReview && (
        <p class="notice" role="status">
          {t('order.underReview')}
        </p>
      )}
      {o.amountDueSatang > 0 && !underReview && (
        <section class="card pay" aria-labelledby="pay-heading">
          <h2 id="pay-heading">{t('order.dueNow', { amount: baht(o.amountDueSatang) })}</h2>
          {o.status === 'awaiting_deposit' && o.depositDeadline && (
            <p>{t('order.payBy', { when: dateTime(o.depositDeadline) })}</p>
          )}
          {o.status === 'awaiting_balance' && o.balanceDeadline && (
            <p class="deadline">{t('order.payBalanceBy', { when: dateTime(o.balanceDeadline) })}</p>
          )}
          {o.status === 'awaiting_balance' && !o.balanceDeadline && o.depositDeadline && (
            <p>{t('order.payBy', { when: dateTime(o.depositDeadline) })}</p>
          )}
          {payment.deadlinePassed ? (
            <p class="alert">{t('order.deadlinePassed')}</p>
          ) : (
            <PromptPayQr payment={payment} orderId={o.id} />
          )}
          {rejected && !payment.deadlinePassed && (
            <div class="alert slip-rejected" role="alert">
              <p>{t('order.slipRejected')}</p>
              <p>
                <strong>{rejected.rejectReason}</strong>
              </p>
              <p>{t('order.slipRejectedNext')}</p>
            </div>
          )}
          {!payment.deadlinePassed && <SlipUpload orderId={o.id} onDone={reload} />}
        </section>
      )}
      <section class="card">
        <h2>{t('order.receive')}</h2>
        <Fulfilment order={o} />
        <dl class="facts">
          <dt>{t('order.paid')}</dt>
          <dd>{baht(o.paidSatang)}</dd>
          {o.refundedSatang > 0 && (
            <>
              <dt>{t('order.refunded')}</dt>
              <dd>{baht(o.refundedSatang)}</dd>
            </>
          )}
        </dl>
      </section>
      {(o.status === 'picked_up' || o.status === 'delivered') && (
        <button
          class="button primary"
          type="button"
          disabled={busy}
          onClick={() =>
            void act(() => call(api.POST('/api/v1/orders/{id}/complete', { params: { path: { id: o.id } } })))
          }
        >
          {t('order.received')}
        </button>
      )}
      {o.status === 'completed' && <ReviewForm productId={o.productId} orderId={o.id} />}
      {canCancel && (
        <button class="button danger" type="button" disabled={busy} onClick={cancel}>
          {t('order.cancel')}
        </button>
      )}
      <p>
        <a href="/orders">{t('order.all')}</a> · <a href={`/products/${o.productId}`}>{t('batch.aboutProduct')}</a>
      </p>
    </>
  );
}

function OrderLoader({ id }: { id: string }) {
  const loaded = useLoad(`/orders/${id}`, () => loadOrder(id));
  return <Page loaded={loaded}>{(data, reload) => <OrderView data={data} reload={reload} />}</Page>;
}

export default function OrderPage({ id }: { id: string }) {
  return (
    <RequireSignIn>
      <OrderLoader id={id} />
    </RequireSignIn>
  );
}
