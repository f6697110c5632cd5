import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';

type Summary = paths['/api/v1/reports/summary']['get']['responses'][200]['content']['application/json'];
export type Period = Summary['period'];

export interface PeriodFigures {
  period: Period;
  salesCount: number;
  revenueSatang: number;
  reviews: number;
  ratingAverage: number | null;
}

export interface Figures {
  month: PeriodFigures;
  fiscalYear: PeriodFigures;
}

/** Bangkok keeps UTC+7 all year (no daylight saving), so its calendar date is plain arithmetic. */
const bangkokDate = (iso: string | number) =>
  new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * A producer's figures as the programme counts them: completed orders and revenue from the reporting
 * service (its scope rule lets a producer read exactly its own — summary/scope.policy.ts), for this
 * month and this fiscal year (the service's default period, so the Thai FY rule lives there only); the
 * reviews of its products from the catalog, counted by the day they were written within each period.
 */
export async function loadFigures(): Promise<Figures> {
  const me = await call(api.GET('/api/v1/auth/me'));
  const month = bangkokDate(Date.now()).slice(0, 7);
  const [m, fy, reviews] = await Promise.all([
    call(api.GET('/api/v1/reports/summary', { params: { query: { month } } })),
    call(api.GET('/api/v1/reports/summary', { params: { query: {} } })),
    me.producerId ? producerReviews(me.producerId) : Promise.resolve([]),
  ]);
  const of = (s: Summary): PeriodFigures => {
    const inPeriod = reviews.filter(
      (r) => bangkokDate(r.createdAt) >= s.period.from && bangkokDate(r.createdAt) <= s.period.to,
    );
    return {
      period: s.period,
      salesCount: s.totals.salesCount,
      revenueSatang: s.totals.revenueSatang,
      reviews: inPeriod.length,
      ratingAverage: inPeriod.length ? inPeriod.reduce((n, r) => n + r.rating, 0) / inPeriod.length : null,
    };
  };
  return { month: of(m as Summary), fiscalYear: of(fy as Summary) };
}

const PAGE = 100;
const MAX_PAGES = 20;

async function producerReviews(producerId: string): Promise<Array<{ rating: number; createdAt: string }>> {
  const products = await call(api.GET('/api/v1/products', { params: { query: { producerId, pageSize: PAGE } } }));
  const perProduct = await Promise.all(
    products.items.map(async (p) => {
      const out: Array<{ rating: number; createdAt: string }> = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const r = await call(
          api.GET('/api/v1/products/{id}/reviews', { params: { path: { id: p.id }, query: { page, pageSize: PAGE } } }),
        );
        out.push(...r.items);
        if (r.items.length < PAGE) break;
      }
      return out;
    }),
  );
  return perProduct.flat();
}
