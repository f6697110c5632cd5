import { api, call } from '../api/client';
import type { OrderList } from '../api/types';
import { unitLabel } from '../components/labels';
import { MyData } from '../components/my-data';
import { RequireSignIn } from '../components/require-sign-in';
import { Page } from '../components/states';
import { baht, dateTime, num } from '../format';
import { t } from '../i18n';
import { useLoad } from '../load';

type Summary = OrderList['items'][number];

/** What the consumer must do next for an order, in one line. */
export function nextStep(o: Summary): string {
  if (o.paymentUnderReview) return t('order.underReview');
  switch (o.status) {
    case 'awaiting_deposit':
      return t('next.deposit', { amount: baht(o.amountDueSatang) });
    case 'awaiting_balance':
      return t('next.balance', { amount: baht(o.amountDueSatang) });
    case 'ready_for_pickup':
      return o.fulfilment.type === 'pickup' ? t('next.pickup', { name: o.fulfilment.pickupPointName }) : t('next.wait');
    case 'picked_up':
    case 'delivered':
      return t('next.confirm');
    case 'completed':
      return t('next.review');
    default:
      return t(`orderStatus.${o.status}`);
  }
}

async function loadOrders() {
  const [orders, waitlisted] = await Promise.all([
    call(api.GET('/api/v1/orders', { params: { query: { pageSize: 100 } } })),
    call(api.GET('/api/v1/me/reservations', { params: { query: { status: 'waitlisted', pageSize: 100 } } })),
  ]);
  return {
    orders: [...orders.items].sort((a, b) => Date.parse(b.reservedAt) - Date.parse(a.reservedAt)),
    waitlisted: waitlisted.items,
  };
}

function OrdersList() {
  const loaded = useLoad('/orders', loadOrders);
  return (
    <>
      <h1>{t('orders.title')}</h1>
      <Page loaded={loaded}>
        {({ orders, waitlisted }) =>
          orders.length || waitlisted.length ? (
            <ul class="order-list">
              {waitlisted.map((r) => (
                <li key={r.id} class="card">
                  <a href={`/reservations/${r.id}`}>
                    <strong>{r.productName}</strong>
                  </a>
                  <p>{t('waitlist.place', { n: r.waitlistPosition ?? '–' })}</p>
                </li>
              ))}
              {orders.map((o) => (
                <li key={o.id} class="card">
                  <a href={`/orders/${o.id}`}>
                    <strong>{o.productName}</strong>
                  </a>{' '}
                  · {num(o.quantity)} {unitLabel(o.unit)} · {baht(o.totalSatang)}
                  <p>
                    <a class={o.amountDueSatang > 0 && !o.paymentUnderReview ? 'button' : ''} href={`/orders/${o.id}`}>
                      {nextStep(o)}
                    </a>
                  </p>
                  <p class="muted small">{dateTime(o.reservedAt)}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p class="card muted">
              {t('orders.none')} <a href="/">{t('notFound.home')}</a>
            </p>
          )
        }
      </Page>
    </>
  );
}

export default function OrdersPage() {
  return (
    <RequireSignIn>
      <OrdersList />
      <MyData />
    </RequireSignIn>
  );
}
