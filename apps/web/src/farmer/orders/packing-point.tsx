import { useState } from 'preact/hooks';
import type { Batch } from '../../api/types';
import { unitLabel } from '../../components/labels';
import { day, num, windowText } from '../../format';
import { t } from '../../i18n';
import { fulfil, OrderLine } from './order-line';
import type { OrderSummary, PackingGroup } from './packing-data';
import { orderNo } from './texts';

/**
 * One pickup point (or home delivery) of the packing list, with its whole-point steps. "All at once" is a
 * loop in the browser over the same per-order endpoints, one order after another with a progress line:
 * each order keeps its own lock, rule check and history row in the order service, a refused order is
 * reported by its number while the others go through, and a point holds tens of orders, not thousands.
 */
export function PackingPoint({
  group,
  batch,
  orders,
  onChanged,
}: {
  group: PackingGroup;
  batch: Batch;
  orders: Map<string, OrderSummary>;
  onChanged: () => void;
}) {
  const [progress, setProgress] = useState<{ done: number; total: number; failed: string[]; running: boolean }>();
  const inGroup = group.days
    .flatMap((d) => d.rows)
    .flatMap((r) => (r.orderId && orders.get(r.orderId) ? [orders.get(r.orderId)!] : []));
  const toReady = inGroup.filter((o) => o.status === 'paid' && o.fulfilment.type === 'pickup');
  const toHandOver = inGroup.filter((o) => o.status === 'ready_for_pickup' || o.status === 'shipped');
  const point = batch.pickupPoints.find((p) => p.id === group.pickupPointId);
  const name = group.name ?? t('farmer.orders.packing.delivery');
  const unit = unitLabel(batch.unit);

  const runAll = async (list: OrderSummary[], step: (id: string) => Promise<unknown>) => {
    const failed: string[] = [];
    setProgress({ done: 0, total: list.length, failed, running: true });
    for (let i = 0; i < list.length; i++) {
      try {
        await step(list[i].id);
      } catch {
        failed.push(orderNo(list[i].id));
      }
      setProgress({ done: i + 1, total: list.length, failed: [...failed], running: i + 1 < list.length });
    }
    onChanged();
  };
  const handOverAll = () => {
    if (window.confirm(t('farmer.orders.packing.handoverAllConfirm', { n: toHandOver.length, name })))
      void runAll(toHandOver, fulfil.handover);
  };
  const running = !!progress?.running;

  return (
    <section class="card packing-point" aria-labelledby={`p-${group.key}`}>
      <h2 id={`p-${group.key}`}>{name}</h2>
      <p class="strong">
        {t('farmer.orders.packing.toPack', {
          quantity: `${num(group.quantity)} ${unit}`,
          orders: num(group.days.reduce((n, d) => n + d.rows.length, 0)),
        })}
      </p>
      {point && point.windows.length > 0 && (
        <p class="muted">
          {t('farmer.orders.packing.windows')}: {point.windows.map((w) => windowText(w)).join(', ')}
        </p>
      )}
      {(toReady.length > 0 || toHandOver.length > 0) && (
        <div class="actions bulk">
          {toReady.length > 0 && (
            <button type="button" class="button" disabled={running} onClick={() => void runAll(toReady, fulfil.ready)}>
              {t('farmer.orders.packing.readyAll', { n: toReady.length })}
            </button>
          )}
          {toHandOver.length > 0 && (
            <button type="button" class="button primary" disabled={running} onClick={handOverAll}>
              {t('farmer.orders.packing.handoverAll', { n: toHandOver.length })}
            </button>
          )}
        </div>
      )}
      {progress && (
        <p role="status" class={progress.failed.length ? 'alert' : 'notice'}>
          {progress.running
            ? t('farmer.orders.packing.progress', progress)
            : t('farmer.orders.packing.progressDone', progress)}
          {progress.failed.length > 0 && (
            <>
              {' '}
              ·{' '}
              {t('farmer.orders.packing.progressFailed', {
                n: progress.failed.length,
                orders: progress.failed.join(', '),
              })}
            </>
          )}
        </p>
      )}
      {group.days.map((d) => (
        <div key={d.day} class="packing-day">
          <h3>{t('farmer.orders.packing.reservedOn', { day: day(d.day) })}</h3>
          <ul class="order-lines">
            {d.rows.map((r) => (
              <OrderLine
                key={r.reservationId}
                row={r}
                order={r.orderId ? orders.get(r.orderId) : undefined}
                unit={batch.unit}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
