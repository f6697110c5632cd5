import type { Batch } from '../api/types';
import { baht, dateTime, dayRange, num, windowText } from '../format';
import { t } from '../i18n';
import { Price, remainingText } from './batch-card';
import { unitLabel } from './labels';

export function reserveLabel(b: Batch): string {
  return b.remainingQuantity > 0 ? t('batch.reserve') : t('batch.joinWaitlist');
}

export function canReserve(b: Batch): boolean {
  return b.status === 'open' && (b.remainingQuantity > 0 || b.waitlist);
}

/** When a pickup point hands over the goods (nothing when it has not said). */
export function PickupWindows({ windows }: { windows: Batch['pickupPoints'][number]['windows'] }) {
  return windows.length > 0 ? (
    <ul>
      {windows.map((w) => (
        <li key={w.start}>{windowText(w)}</li>
      ))}
    </ul>
  ) : null;
}

/** Everything a consumer must know about one harvest batch before reserving. */
export function BatchDetails({ batch: b, heading = 'h3' }: { batch: Batch; heading?: 'h2' | 'h3' }) {
  const H = heading;
  const H2 = heading === 'h2' ? 'h3' : 'h4';
  const unit = unitLabel(b.unit);
  return (
    <article class="card batch" id={`batch-${b.id}`}>
      <H>{t('batch.title', { when: dayRange(b.harvestStart, b.harvestEnd) })}</H>
      <Price satang={b.unitPriceSatang} unit={b.unit} />
      <dl class="facts">
        <dt>{t('batch.left')}</dt>
        <dd class={b.remainingQuantity > 0 ? '' : 'full'}>
          {b.remainingQuantity > 0 ? `${num(b.remainingQuantity)} ${unit}` : remainingText(b)}
        </dd>
        <dt>{t('batch.closes')}</dt>
        <dd>{dateTime(b.preorderClosesAt)}</dd>
        <dt>{t('batch.deposit')}</dt>
        <dd>{b.depositPercent ? t('batch.depositPercent', { p: b.depositPercent }) : t('batch.noDeposit')}</dd>
        <dt>{t('batch.limits')}</dt>
        <dd>{t('batch.limitsText', { min: num(b.minQuantity), max: num(b.maxQuantityPerConsumer), unit })}</dd>
      </dl>
      {b.pickupPoints.length > 0 && (
        <>
          <H2>{t('batch.pickup')}</H2>
          <ul class="points">
            {b.pickupPoints.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> — {p.address}
                <PickupWindows windows={p.windows} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{b.delivery ? t('batch.delivery', { fee: baht(b.delivery.feeSatang) }) : t('batch.noDelivery')}</p>
      {canReserve(b) ? (
        <a class="button primary" href={`/batches/${b.id}/reserve`}>
          {reserveLabel(b)}
        </a>
      ) : (
        <p class="muted">{b.status === 'open' ? t('batch.soldOut') : t(`batchStatus.${b.status}`)}</p>
      )}
    </article>
  );
}
