import { num, timeOnly } from '../../format';
import { t } from '../../i18n';
import { useLiveFeed } from './live-feed';
import './catalogs';

/** One of the big numbers, with what it counts under it (`full`: nothing left, shown as such). */
function BigNumber({ testid, value, label, full }: { testid: string; value: number; label: string; full?: boolean }) {
  return (
    <div>
      <span class={full ? 'live-num full' : 'live-num'} data-testid={testid}>
        {num(value)}
      </span>
      <span>{label}</span>
    </div>
  );
}

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
            <BigNumber testid="reserved" value={snap.reservedQuantity} label={t('farmer.live.reserved')} />
            <BigNumber
              testid="remaining"
              value={snap.remainingQuantity}
              label={t('farmer.live.remaining')}
              full={snap.remainingQuantity <= 0}
            />
            <BigNumber testid="waitlist" value={snap.waitlistedCount} label={t('farmer.live.waitlist')} />
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
