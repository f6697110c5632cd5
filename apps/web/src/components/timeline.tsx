import type { Order, OrderStatus } from '../api/types';
import { dateTime } from '../format';
import { t } from '../i18n';

/** The five steps a consumer follows, in order. */
const STEPS = ['reserved', 'deposit', 'harvested', 'handover', 'completed'] as const;

/**
 * How many of the steps an order in each status has done (pickup and delivery as one way); one that ended
 * early has done none. Keyed by the API's own list of statuses, so a status added there fails to compile
 * until it has its place here.
 */
const STEPS_DONE: Record<OrderStatus, number> = {
  awaiting_deposit: 1,
  reserved: 2,
  awaiting_balance: 3,
  paid: 3,
  ready_for_pickup: 4,
  shipped: 4,
  picked_up: 4,
  delivered: 4,
  completed: 5,
  expired: 0,
  cancelled: 0,
  refunded: 0,
};

/** When the order first reached a status that has done `n` steps (from its history). */
function reachedAt(o: Order, n: number): string | undefined {
  return o.history.find((h) => (STEPS_DONE[h.to as OrderStatus] ?? 0) >= n)?.at;
}

export function Timeline({ order }: { order: Order }) {
  const done = STEPS_DONE[order.status];
  const ended = done === 0;
  return (
    <>
      {ended && (
        <p class="alert" role="status">
          {t(`orderStatus.${order.status}`)}
        </p>
      )}
      <ol class="timeline" aria-label={t('order.timeline')}>
        {STEPS.map((step, i) => {
          const isDone = done > i;
          const current = !ended && done === i;
          const at = isDone ? reachedAt(order, i + 1) : undefined;
          const label =
            step === 'handover'
              ? t(order.fulfilment.type === 'delivery' ? 'timeline.shipped' : 'timeline.ready')
              : t(`timeline.${step}`);
          return (
            <li
              key={step}
              class={isDone ? 'done' : current ? 'current' : ''}
              aria-current={current ? 'step' : undefined}
            >
              <span class="dot" aria-hidden="true">
                {isDone ? '✓' : i + 1}
              </span>
              <span>
                {label}
                <span class="sr-only">
                  {' '}
                  — {isDone ? t('timeline.done') : current ? t('timeline.current') : t('timeline.todo')}
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
