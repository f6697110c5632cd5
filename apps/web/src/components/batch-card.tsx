import type { Batch, Product } from '../api/types';
import { baht, dayRange, num } from '../format';
import { t } from '../i18n';
import { unitLabel } from './labels';

export function firstPhoto(p: Product | undefined): string | undefined {
  return p?.media.find((m) => m.type === 'photo' && /^https?:\/\/|^\//.test(m.url))?.url;
}

export function remainingText(b: Batch): string {
  if (b.remainingQuantity > 0) return t('batch.remaining', { n: num(b.remainingQuantity), unit: unitLabel(b.unit) });
  return b.waitlist ? t('batch.fullWaitlist') : t('batch.soldOut');
}

/** A card's photo, or a plain box in its place when there is none. */
export function CardPhoto({ src }: { src: string | undefined }) {
  return src ? (
    <img src={src} alt="" loading="lazy" width={320} height={240} />
  ) : (
    <div class="photo-placeholder" aria-hidden="true" />
  );
}

/** A price and the unit it is for, as the cards and the pages show it. */
export function Price({ satang, unit }: { satang: number; unit: string }) {
  return (
    <p class="price">
      {baht(satang)} <span class="per">/ {unitLabel(unit)}</span>
    </p>
  );
}

/** One open batch on the home page: photo, name, price per unit, LAO, harvest window, what is left. */
export function BatchCard({ batch, product }: { batch: Batch; product?: Product }) {
  return (
    <li class="batch-card">
      <a href={`/batches/${batch.id}`}>
        <CardPhoto src={firstPhoto(product)} />
        <div class="body">
          <h3>{batch.productName}</h3>
          <Price satang={batch.unitPriceSatang} unit={batch.unit} />
          {product && (
            <p class="muted">
              {product.place.laoDisplayNameTh} · {product.place.provinceNameTh}
            </p>
          )}
          <p class="muted">{t('batch.harvest', { when: dayRange(batch.harvestStart, batch.harvestEnd) })}</p>
          <p class={batch.remainingQuantity > 0 ? 'left' : 'left full'}>{remainingText(batch)}</p>
        </div>
      </a>
    </li>
  );
}
