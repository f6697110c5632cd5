import { defineMigration } from '@app/persistence';

/**
 * Sales and revenue per (fiscal year, LAO), kept beside the monthly sums in the same statement as the
 * fact: a whole-year report reads 7,849 rows instead of 12 × 7,849 (the nationwide FY summaries were the
 * slowest). Filled from the facts here so an existing database needs no rebuild.
 */
export const FiscalYearSums1764600000000 = defineMigration('FiscalYearSums1764600000000', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE agg_lao_fy (
        fiscal_year integer NOT NULL, lao_code text COLLATE "C" NOT NULL, sales_count integer NOT NULL, revenue_satang bigint NOT NULL,
        PRIMARY KEY (fiscal_year, lao_code))`);
    await qr.query(`
      INSERT INTO agg_lao_fy (fiscal_year, lao_code, sales_count, revenue_satang)
      SELECT fiscal_year, lao_code, SUM(CASE WHEN fully_refunded THEN 0 ELSE 1 END)::int,
             SUM(CASE WHEN fully_refunded THEN 0 ELSE GREATEST(goods_satang - refunded_satang, 0) END)::bigint
      FROM order_facts GROUP BY 1, 2`);
  },

  async down(qr) {
    await qr.query('DROP TABLE agg_lao_fy');
  },
});
