import type { Order, OrderStatus } from '../api/types';
import { dateTime } from '../format';
import { t } from '../i18n';

/** The five steps a consumer follows, and the statuses from which each counts as done. */
const STEPS: Array<{ key: string; doneIn: OrderStatus[] }> = [
  {
    key: 'reserved',
    doneIn: [
      'awaiting_deposit',
      'reserved',
      'awaiting_balance',
      'paid',
      'ready_for_pickup',
      'shipped',
      'picked_up',
      'delivered',
      'completed',
    ],
  },
  {
    key: 'deposit',
    doneIn: [
      'reserved',
      'awaiting_balance',
      'paid',
      'ready_for_pickup',
      'shipped',
      'picked_up',
      'delivered',
      'completed',
    ],
  },
  {
    key: 'harvested',
    doneIn: ['awaiting_balance', 'paid', 'ready_for_pickup', 'shipped', 'picked_up', 'delivered', 'completed'],
  },
  { key: 'handover', doneIn: ['ready_for_pickup', 'shipped', 'picked_up', 'delivered', 'completed'] },
  { key: 'completed', doneIn: ['completed'] },
];

/** When the order first reached one of the statuses (from its history). */
function reachedAt(o: Order, statuses: OrderStatus[]): string | undefined {
  return o.history.find((h) => statuses.includes(h.to as OrderStatus))?.at;
}

export function Timeline({ order }: { order: Order }) {
  const ended = ['expired', 'cancelled', 'refunded'].includes(order.status);
  return (
    <>
      {ended && (
        <p class="alert" role="status">
          {t(`orderStatus.${order.status}`)}
        </p>
      )}
      <ol class="timeline" aria-label={t('order.timeline')}>
        {STEPS.map((s, i) => {
          const done = s.doneIn.includes(order.status);
          const current = !done && (i === 0 || STEPS[i - 1].doneIn.includes(order.status)) && !ended;
          const at = done ? reachedAt(order, s.doneIn) : undefined;
          const label =
            s.key === 'handover'
              ? t(order.fulfilment.type === 'delivery' ? 'timeline.shipped' : 'timeline.ready')
              : t(`timeline.${s.key}`);
          return (
            <li
              key={s.key}
              class={done ? 'done' : current ? 'current' : ''}
              aria-current={current ? 'step' : undefined}
            >
              <span class="dot" aria-hidden="true">
                {done ? '✓' : i + 1}
              </span>
              <span>
                {label}
                <span class="sr-only">
                  {' '}
                  — {done ? t('timeline.done') : current ? t('timeline.current') : t('timeline.todo')}
                </span>
                {at && <span class="muted small"> {dateTime(at)}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
