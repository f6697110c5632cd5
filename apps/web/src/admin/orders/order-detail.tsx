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
import { DataTable } from '../components/data-table';

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
              {o.productName} · {num(o.quantity)} {t(`unit.${o.unit}`)} ·{' '}
              {t('admin.orders.totalIs', { amount: baht(o.totalSatang) })}
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
      <DataTable
        caption={t('admin.orders.payments')}
        rowHeader={false}
        rows={[
          ...o.payments.map((p) => ({
            id: p.id,
            at: p.recordedAt,
            what: t(`admin.orders.methods.${p.method}`),
            ref: p.reference,
            amount: baht(p.amountSatang),
          })),
          ...o.refunds.map((r) => ({
            id: r.id,
            at: r.createdAt,
            what: `${t(`admin.orders.refundReasons.${r.reason}`)} · ${t(`admin.orders.refundStatus.${r.status}`)}`,
            ref: r.note ?? r.reference ?? '',
            amount: `−${baht(r.amountSatang)}`,
          })),
        ]}
        rowKey={(r) => r.id}
        empty={t('admin.orders.noPayments')}
        columns={[
          { label: t('admin.orders.when'), cell: (r) => dateTime(r.at) },
          { label: t('admin.orders.method'), cell: (r) => r.what },
          { label: t('admin.orders.reference'), cell: (r) => r.ref },
          { label: t('admin.orders.amount'), num: true, cell: (r) => r.amount },
        ]}
      />
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
      <DataTable
        caption={t('admin.orders.history')}
        rowHeader={false}
        rows={o.history.map((h, i) => ({ ...h, key: String(i) }))}
        rowKey={(h) => h.key}
        columns={[
          { label: t('admin.orders.when'), cell: (h) => dateTime(h.at) },
          {
            label: t('admin.orders.change'),
            cell: (h) =>
              h.from ? `${t(`orderStatus.${h.from}`)} → ${t(`orderStatus.${h.to}`)}` : t(`orderStatus.${h.to}`),
          },
          {
            label: t('admin.orders.by'),
            cell: (h) =>
              h.by === 'system'
                ? t('admin.orders.system')
                : h.by === o.consumerId
                  ? t('admin.orders.consumer')
                  : t('admin.orders.staff'),
          },
        ]}
      />
    </section>
  );
}
