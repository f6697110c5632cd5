import { api, call } from '../../api/client';
import type { Me, Order } from '../../api/types';
import { Timeline } from '../../components/timeline';
import { baht, dateTime, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { AdminPage } from '../components/admin-page';
import { orderNumber } from './order-search';
import { RefundForm } from './refund-form';
import { SlipRow } from './slip-row';
import { ScrollTable } from '../components/scroll-table';

/** One order of the LAO: what was bought, its timeline and history, payments, slips, refunds, and a dispute refund. */
export default function OrderDetailPage({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(`order:${id}`, () => call(api.GET('/api/v1/orders/{id}', { params: { path: { id } } })));
  return (
    <AdminPage loaded={loaded}>
      {(o, reload) => (
        <div>
          <p class="no-print">
            <a href="/admin/orders">{t('admin.orders.back')}</a>
          </p>
          <h1>{t('admin.orders.heading', { no: orderNumber(o.id) })}</h1>
          <section class="card">
            <p data-testid="order-status">
              <strong>{t('admin.orders.status')}:</strong> {t(`orderStatus.${o.status}`)}
            </p>
            <p>
              {o.productName} · {num(o.quantity)} {t(`unit.${o.unit}`)} · {t('admin.orders.totalIs', { amount: baht(o.totalSatang) })}
            </p>
            <p>{t('admin.orders.money', { paid: baht(o.paidSatang), refunded: baht(o.refundedSatang) })}</p>
            <p class="muted small" data-testid="order-fulfilment">
              {o.fulfilment.type === 'pickup'
                ? t('admin.orders.pickupAt', { place: o.fulfilment.pickupPointName })
                : o.fulfilment.address.phone
                  ? t('admin.orders.deliveryTo', { phone: o.fulfilment.address.phone })
                  : t('admin.orders.deliveryWithheld')}
            </p>
            <Timeline order={o} />
          </section>
          {o.status === 'completed' && me.roles.includes('lao_admin') && <RefundForm order={o} onDone={reload} />}
          <Payments o={o} />
          <History o={o} />
        </div>
      )}
    </AdminPage>
  );
}

function Payments({ o }: { o: Order }) {
  return (
    <section class="card">
      <ScrollTable>
      <table class="data">
        <caption>{t('admin.orders.payments')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.orders.when')}</th>
            <th scope="col">{t('admin.orders.method')}</th>
            <th scope="col">{t('admin.orders.reference')}</th>
            <th scope="col" class="num">{t('admin.orders.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {o.payments.map((p) => (
            <tr key={p.id}>
              <td>{dateTime(p.recordedAt)}</td>
              <td>{t(`admin.orders.methods.${p.method}`)}</td>
              <td>{p.reference}</td>
              <td class="num">{baht(p.amountSatang)}</td>
            </tr>
          ))}
          {o.refunds.map((r) => (
            <tr key={r.id}>
              <td>{dateTime(r.createdAt)}</td>
              <td>
                {t(`admin.orders.refundReasons.${r.reason}`)} · {t(`admin.orders.refundStatus.${r.status}`)}
              </td>
              <td>{r.note ?? r.reference ?? ''}</td>
              <td class="num">−{baht(r.amountSatang)}</td>
            </tr>
          ))}
          {o.payments.length + o.refunds.length === 0 && (
            <tr>
              <td colSpan={4} class="muted">
                {t('admin.orders.noPayments')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      </ScrollTable>
      {o.slips.length > 0 && (
        <>
          <h2>{t('admin.orders.slips')}</h2>
          <ul class="plain-list">
            {o.slips.map((s) => (
              <SlipRow key={s.id} orderId={o.id} slip={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function History({ o }: { o: Order }) {
  return (
    <section class="card">
      <ScrollTable>
      <table class="data">
        <caption>{t('admin.orders.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.orders.when')}</th>
            <th scope="col">{t('admin.orders.change')}</th>
            <th scope="col">{t('admin.orders.by')}</th>
          </tr>
        </thead>
        <tbody>
          {o.history.map((h, i) => (
            <tr key={i}>
              <td>{dateTime(h.at)}</td>
              <td>{h.from ? `${t(`orderStatus.${h.from}`)} → ${t(`orderStatus.${h.to}`)}` : t(`orderStatus.${h.to}`)}</td>
              <td>{h.by === 'system' ? t('admin.orders.system') : h.by === o.consumerId ? t('admin.orders.consumer') : t('admin.orders.staff')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollTable>
    </section>
  );
}
