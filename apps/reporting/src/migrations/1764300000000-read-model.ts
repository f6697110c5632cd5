import { defineMigration } from '@app/persistence';

/**
 * The reporting read model. Facts are one row per completed order; the aggregates (per LAO and month, and
 * producer presence per month and fiscal year) are maintained in the same transaction as the fact, so a
 * summary reads thousands of rows instead of a million. Presence is kept per producer because
 * beneficiaries are distinct producers over the period: they do not add up across months.
 */
export const ReadModel1764300000000 = defineMigration('ReadModel1764300000000', {
  async up(qr) {
    // Codes and ids are compared, grouped and sorted byte-wise (COLLATE "C"): the database's linguistic
    // collation made the distinct-producer sorts several times slower and adds nothing to codes.
    await qr.query(`CREATE TABLE provinces (code text COLLATE "C" PRIMARY KEY, name_th text COLLATE "C" NOT NULL)`);
    await qr.query(
      `CREATE TABLE districts (code text COLLATE "C" PRIMARY KEY, province_code text COLLATE "C" NOT NULL, name_th text COLLATE "C" NOT NULL)`,
    );
    await qr.query(`
      CREATE TABLE laos (
        code text COLLATE "C" PRIMARY KEY, type text COLLATE "C" NOT NULL, type_th text COLLATE "C" NOT NULL, name_th text COLLATE "C" NOT NULL, display_name_th text COLLATE "C" NOT NULL,
        district_code text COLLATE "C" NOT NULL, province_code text COLLATE "C" NOT NULL)`);
    await qr.query(`CREATE INDEX laos_area ON laos (province_code, district_code)`);
    await qr.query(`
      CREATE TABLE producers (
        producer_id text COLLATE "C" PRIMARY KEY, kind text COLLATE "C" NOT NULL, name text COLLATE "C" NOT NULL, member_count integer NOT NULL,
        lao_code text COLLATE "C" NOT NULL, district_code text COLLATE "C" NOT NULL, province_code text COLLATE "C" NOT NULL, updated_at timestamptz NOT NULL)`);
    await qr.query(`
      CREATE TABLE order_facts (
        order_id text COLLATE "C" PRIMARY KEY,
        completed_at timestamptz NOT NULL,
        day date NOT NULL,
        month date NOT NULL,
        fiscal_year integer NOT NULL,
        lao_code text COLLATE "C" NOT NULL, district_code text COLLATE "C" NOT NULL, province_code text COLLATE "C" NOT NULL,
        producer_id text COLLATE "C" NOT NULL, producer_kind text COLLATE "C" NOT NULL, member_count integer NOT NULL,
        category text COLLATE "C" NOT NULL,
        goods_satang bigint NOT NULL,
        refunded_satang bigint NOT NULL DEFAULT 0,
        fully_refunded boolean NOT NULL DEFAULT false)`);
    await qr.query(`CREATE INDEX order_facts_day ON order_facts (day, lao_code)`);
    await qr.query(`CREATE INDEX order_facts_producer ON order_facts (producer_id, day)`);
    // Refunds are kept by event so one that arrives before its order.completed is applied on completion;
    // a refund of an order never completed (a returned deposit) stays here and never touches revenue.
    await qr.query(`
      CREATE TABLE order_refunds (
        event_id uuid PRIMARY KEY, order_id text COLLATE "C" NOT NULL, amount_satang bigint NOT NULL, fully_refunded boolean NOT NULL,
        refunded_at timestamptz NOT NULL)`);
    await qr.query(`CREATE INDEX order_refunds_order ON order_refunds (order_id)`);
    await qr.query(`
      CREATE TABLE agg_lao_month (
        month date NOT NULL, lao_code text COLLATE "C" NOT NULL, sales_count integer NOT NULL, revenue_satang bigint NOT NULL,
        PRIMARY KEY (month, lao_code))`);
    await qr.query(`
      CREATE TABLE agg_lao_month_split (
        month date NOT NULL, lao_code text COLLATE "C" NOT NULL, producer_kind text COLLATE "C" NOT NULL, category text COLLATE "C" NOT NULL,
        sales_count integer NOT NULL, revenue_satang bigint NOT NULL,
        PRIMARY KEY (month, lao_code, producer_kind, category))`);
    for (const [table, bucket] of [
      ['presence_month', 'month date'],
      ['presence_fy', 'fiscal_year integer'],
    ]) {
      const col = bucket.split(' ')[0];
      await qr.query(`
        CREATE TABLE ${table} (
          ${bucket} NOT NULL, lao_code text COLLATE "C" NOT NULL, producer_id text COLLATE "C" NOT NULL, producer_kind text COLLATE "C" NOT NULL,
          member_count integer NOT NULL, orders integer NOT NULL,
          PRIMARY KEY (${col}, lao_code, producer_id))`);
    }
    await qr.query(`
      CREATE TABLE content_links (
        content_link_id text COLLATE "C" PRIMARY KEY, url text COLLATE "C" NOT NULL, platform text COLLATE "C" NOT NULL,
        lao_code text COLLATE "C" NOT NULL, district_code text COLLATE "C" NOT NULL, province_code text COLLATE "C" NOT NULL,
        product_id text COLLATE "C", producer_id text COLLATE "C", published_at timestamptz NOT NULL, day date NOT NULL, removed_at timestamptz)`);
    await qr.query(`CREATE INDEX content_links_day ON content_links (day, lao_code) WHERE removed_at IS NULL`);
    await qr.query(`
      CREATE TABLE targets (
        fiscal_year integer NOT NULL, level text COLLATE "C" NOT NULL CHECK (level IN ('lao', 'province')), code text COLLATE "C" NOT NULL,
        sales_count integer NOT NULL, revenue_satang bigint NOT NULL, beneficiaries integer NOT NULL,
        set_by text COLLATE "C" NOT NULL, set_at timestamptz NOT NULL,
        PRIMARY KEY (fiscal_year, level, code))`);
    await qr.query(`
      CREATE TABLE submissions (
        id uuid PRIMARY KEY, month date NOT NULL,
        area_level text COLLATE "C" NOT NULL CHECK (area_level IN ('nation', 'province', 'lao')), area_code text COLLATE "C" NOT NULL,
        submitted_by text COLLATE "C" NOT NULL, submitted_at timestamptz NOT NULL, figures jsonb NOT NULL,
        UNIQUE (month, area_level, area_code))`);
  },

  async down(qr) {
    for (const t of [
      'submissions',
      'targets',
      'content_links',
      'presence_fy',
      'presence_month',
      'agg_lao_month_split',
      'agg_lao_month',
      'order_refunds',
      'order_facts',
      'producers',
      'laos',
      'districts',
      'provinces',
    ]) {
      await qr.query(`DROP TABLE ${t}`);
    }
  },
});
