import { num, timeOnly } from '../../format';
import { t } from '../../i18n';
import { useLiveFeed } from './live-feed';
import './catalogs';

/**
 * Beside a TikTok or Facebook live on the same phone: big numbers, the last reservations, nothing else.
 * Updated by the service's events as they happen (no reload, no polling).
 */
export default function LivePage({ id }: { id: string }) {
  const { snap, online } = useLiveFeed(id);
  return (
    <section class="live" aria-live="polite">
      <h1 class="live-title">{t('farmer.live.title')}</h1>
      <p class={online ? 'live-dot on' : 'live-dot'}>{online ? t('farmer.live.on') : t('farmer.live.off')}</p>
      {snap ? (
        <>
          <div class="live-grid">
            <div>
              <span class="live-num" data-testid="reserved">
                {num(snap.reservedQuantity)}
              </span>
              <span>{t('farmer.live.reserved')}</span>
            </div>
            <div>
              <span class={snap.remainingQuantity > 0 ? 'live-num' : 'live-num full'} data-testid="remaining">
                {num(snap.remainingQuantity)}
              </span>
              <span>{t('farmer.live.remaining')}</span>
            </div>
            <div>
              <span class="live-num" data-testid="waitlist">
                {num(snap.waitlistedCount)}
              </span>
              <span>{t('farmer.live.waitlist')}</span>
            </div>
          </div>
          <p>{t('farmer.live.people', { n: num(snap.confirmedCount) })}</p>
          <h2>{t('farmer.live.recent')}</h2>
          <ol class="live-recent">
            {snap.recent.map((r, i) => (
              <li key={`${r.at}-${i}`}>
                {timeOnly(r.at)} · {num(r.quantity)} · {t(`reservationStatus.${r.status}`)}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p class="loading">{t('common.loading')}</p>
      )}
      <a href={`/farmer/batches/${id}`}>{t('farmer.live.back')}</a>
    </section>
  );
}
