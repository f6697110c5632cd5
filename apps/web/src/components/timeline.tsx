import type { Order, OrderStatus } from '../api/types';
import { dateTime } from '../format';
import { t } from '../i18n';

/** An order's statuses on its way forward, in order (pickup and delivery as one way). */
const FORWARD: OrderStatus[] = [
  'awaiting_deposit',
  'reserved',
  'awaiting_balance',
  'paid',
  'ready_for_pickup',
  'shipped',
  'picked_up',
  'delivered',
  'completed',
];

/** The five steps a consumer follows: each is done from the status named on, along the way forward. */
const STEPS = (
  [
    ['reserved', 'awaiting_deposit'],
    ['deposit', 'reserved'],
    ['harvested', 'awaiting_balance'],
    ['handover', 'ready_for_pickup'],
    ['completed', 'completed'],
  ] as const
).map(([key, from]) => ({ key, doneIn: FORWARD.slice(FORWARD.indexOf(from)) }));

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
