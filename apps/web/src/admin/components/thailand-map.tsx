import { useEffect, useState } from 'preact/hooks';
import { percent } from '../../format';
import { t } from '../../i18n';
import { provinceCodesByMapId } from '../map/province-ids';
import { progressBand } from '../progress';

interface MapData {
  viewBox: string;
  locations: Array<{ id: string; name: string; path: string }>;
}

/**
 * Thailand's provinces coloured by progress against targets (map: @svg-maps/thailand, CC-BY-4.0, credited
 * below). Provinces outside the user's area are grey; each coloured one links to its dashboard.
 */
export function ThailandMap({
  provinces,
  scores,
  query,
}: {
  provinces: Array<{ code: string; nameTh: string; nameEn: string }>;
  scores: Map<string, number | null>;
  query: string;
}) {
  const [map, setMap] = useState<MapData | null>(null);
  useEffect(() => {
    void import('@svg-maps/thailand').then((m) => setMap(m.default as MapData));
  }, []);
  const names = new Map(provinces.map((p) => [p.code, p.nameTh]));
  const codes = map ? provinceCodesByMapId(map.locations, provinces) : new Map<string, string>();
  const bands = ['p0', 'p25', 'p50', 'p75', 'p100', 'none'] as const;
  return (
    <section class="card map-block" aria-labelledby="map-title">
      <h2 id="map-title">{t('admin.map.title')}</h2>
      <div class="map-grid">
        {map ? (
          <svg viewBox={map.viewBox} class="thailand" role="group" aria-label={t('admin.map.alt')}>
            {map.locations.map((l) => {
              const code = codes.get(l.id);
              if (!code) return <path key={l.id} d={l.path} class="lake" aria-hidden="true" />;
              const known = scores.has(code);
              const score = scores.get(code) ?? null;
              const title = known
                ? `${names.get(code)}: ${score === null ? t('admin.noTarget') : percent(score)}`
                : (names.get(code) ?? '');
              const shape = (
                <path d={l.path} class={`province ${known ? progressBand(score) : 'outside'}`} data-code={code}>
                  <title>{title}</title>
                </path>
              );
              return known ? (
                <a key={l.id} href={`/admin/provinces/${code}?${query}`} aria-label={title}>
                  {shape}
                </a>
              ) : (
                <g key={l.id} aria-hidden="true">
                  {shape}
                </g>
              );
            })}
          </svg>
        ) : (
          <p class="muted">{t('common.loading')}</p>
        )}
        <div>
          <ul class="legend">
            {bands.map((b) => (
              <li key={b}>
                <span class={`swatch ${b}`} aria-hidden="true" />
                {t(`admin.map.band.${b}`)}
              </li>
            ))}
          </ul>
          <p class="small muted credit">{t('admin.map.credit')}</p>
        </div>
      </div>
    </section>
  );
}
