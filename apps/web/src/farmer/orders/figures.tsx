import { Page } from '../../components/states';
import { FarmerPageTop } from '../nav';
import { baht, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { loadFigures } from './figures-data';
import type { PeriodFigures } from './figures-data';
import './texts';
import './orders.css';

function PeriodCard({ title, f }: { title: string; f: PeriodFigures }) {
  const id = `fig-${f.period.kind}`;
  return (
    <section class="card figures" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="muted">{f.period.labelTh}</p>
      <dl class="big-figures">
        <div>
          <dt>{t('farmer.orders.figures.sales')}</dt>
          <dd>{num(f.salesCount)}</dd>
        </div>
        <div>
          <dt>{t('farmer.orders.figures.revenue')}</dt>
          <dd>{baht(f.revenueSatang)}</dd>
        </div>
        <div>
          <dt>{t('farmer.orders.figures.reviews')}</dt>
          <dd>
            {num(f.reviews)}
            <span class="muted">
              {f.ratingAverage === null
                ? t('farmer.orders.figures.noRating')
                : t('farmer.orders.figures.rating', { avg: f.ratingAverage.toFixed(1) })}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** ยอดของฉัน: what the programme counts for this producer, this month and this fiscal year. */
export function FiguresPage() {
  const loaded = useLoad('/farmer/figures', loadFigures);
  return (
    <div class="farmer-orders">
      <FarmerPageTop back={t('farmer.orders.back')} title={t('farmer.orders.figures.title')}>
        {t('farmer.orders.figures.intro')}
      </FarmerPageTop>
      <Page loaded={loaded}>
        {(f) => (
          <>
            <PeriodCard title={t('farmer.orders.figures.thisMonth')} f={f.month} />
            <PeriodCard
              title={t('farmer.orders.figures.thisYear', { year: f.fiscalYear.period.fiscalYear ?? '' })}
              f={f.fiscalYear}
            />
            <p class="muted">{t('farmer.orders.figures.note')}</p>
          </>
        )}
      </Page>
    </div>
  );
}

export default FiguresPage;
