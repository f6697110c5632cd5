import { api, call } from '../api/client';
import { unitLabel } from '../components/labels';
import { RequireSignIn } from '../components/require-sign-in';
import { Page } from '../components/states';
import { num } from '../format';
import { t } from '../i18n';
import { useLoad } from '../load';

/** A reservation on the waitlist: its place in line, until a unit frees up and it becomes an order. */
function ReservationView({ id }: { id: string }) {
  const loaded = useLoad(`/reservations/${id}`, () =>
    call(api.GET('/api/v1/reservations/{id}', { params: { path: { id } } })),
  );
  return (
    <Page loaded={loaded}>
      {(r, reload) => (
        <section class="card">
          <h1>{r.productName}</h1>
          <p>
            {num(r.quantity)} {unitLabel(r.unit)}
          </p>
          {r.status === 'waitlisted' ? (
            <>
              <p class="big">{t('waitlist.place', { n: r.waitlistPosition ?? '–' })}</p>
              <p>{t('waitlist.explain')}</p>
              <button type="button" class="button" onClick={reload}>
                {t('waitlist.refresh')}
              </button>
            </>
          ) : r.orderId ? (
            <a class="button primary" href={`/orders/${r.orderId}`}>
              {t('waitlist.toOrder')}
            </a>
          ) : (
            <p>{t(`reservationStatus.${r.status}`)}</p>
          )}
        </section>
      )}
    </Page>
  );
}

export default function ReservationPage({ id }: { id: string }) {
  return (
    <RequireSignIn>
      <ReservationView id={id} />
    </RequireSignIn>
  );
}
