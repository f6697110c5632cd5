import { baht, num, percent } from '../../format';
import { t } from '../../i18n';
import type { Summary } from '../api';
import { progressBand } from '../progress';

type Key = 'salesCount' | 'revenueSatang' | 'beneficiaries';
/** The programme's four figures, in the order the console shows them. */
export const FIGURE_KEYS = ['salesCount', 'revenueSatang', 'beneficiaries', 'contentLinks'] as const;
/** A figure's value as written: baht for the revenue, a count for the others. */
export const figureText = (k: Key | 'contentLinks', v: number) => (k === 'revenueSatang' ? baht(v) : num(v));

/** A progress bar with its figure in words (the bar is decoration; the text is what is read). */
export function ProgressBar({ value, label }: { value: number | null | undefined; label: string }) {
  if (value === null || value === undefined) return <span class="muted small">{t('admin.noTarget')}</span>;
  return (
    <span class="progress">
      <span class={`bar ${progressBand(value)}`} aria-hidden="true">
        <span style={{ width: `${Math.min(100, value)}%` }} />
      </span>
      <span class="pct" aria-label={t('admin.progressOf', { what: label, p: percent(value) })}>
        {percent(value)}
      </span>
    </span>
  );
}

/** The programme's four figures for the area and period, each against its fiscal-year target. */
export function Figures({ totals }: { totals: Summary['totals'] }) {
  const target = (totals as { target?: Record<Key, number> }).target;
  return (
    <ul class="figures">
      {FIGURE_KEYS.map((k) => (
        <li key={k} class="card figure" data-testid={`figure-${k}`}>
          <h2>{t(`admin.figure.${k}`)}</h2>
          <p class="figure-value" data-value={totals[k]}>
            {figureText(k, totals[k])}
          </p>
          {k !== 'contentLinks' && (
            <>
              <p class="small muted">
                {target ? t('admin.targetIs', { v: figureText(k, target[k]) }) : t('admin.noTarget')}
              </p>
              {target && <ProgressBar value={totals.progress?.[k]} label={t(`admin.figure.${k}`)} />}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
