import { defineMigration } from '@app/persistence';

/** Producers, products (storytelling content), content links, completed orders learnt from events, reviews. */
export const Catalog1764300000000 = defineMigration('Catalog1764300000000', {
  async up(qr) {
    // Thai has no spaces between words: search is substring matching, which a trigram index serves.
    await qr.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await qr.query(`
      CREATE TABLE producers (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('farmer', 'community_enterprise', 'entrepreneur')),
        name text NOT NULL,
        lao_code text NOT NULL REFERENCES laos(code),
        member_count integer NOT NULL CHECK (member_count >= 1),
        contacts jsonb NOT NULL DEFAULT '{}',
        publish_contacts boolean NOT NULL,
        prompt_pay_id text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'community_enterprise' OR member_count = 1))`);
    await qr.query(`CREATE INDEX producers_lao ON producers (lao_code)`);
    await qr.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY,
        producer_id uuid NOT NULL REFERENCES producers(id),
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('fruit', 'vegetable', 'rice_grain', 'processed_food', 'handicraft', 'other')),
        unit text NOT NULL CHECK (unit IN ('kg', 'box', 'piece', 'bunch', 'bag', 'other')),
        price_satang integer NOT NULL CHECK (price_satang >= 0),
        description text,
        story text,
        media jsonb NOT NULL DEFAULT '[]',
        season_months smallint[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        contacts jsonb,
        rating_count integer NOT NULL DEFAULT 0,
        rating_total integer NOT NULL DEFAULT 0,
        search_text text GENERATED ALWAYS AS (name || ' ' || coalesce(description, '') || ' ' || coalesce(story, '')) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now())`);
    await qr.query(`CREATE INDEX products_producer ON products (producer_id)`);
    await qr.query(`CREATE INDEX products_category ON products (category)`);
    await qr.query(`CREATE INDEX products_search ON products USING gin (search_text gin_trgm_ops)`);
    await qr.query(`
      CREATE TABLE content_links (
        id uuid PRIMARY KEY,
        url text NOT NULL UNIQUE,
        platform text NOT NULL CHECK (platform IN ('facebook', 'tiktok', 'youtube', 'instagram', 'line', 'other')),
        lao_code text NOT NULL REFERENCES laos(code),
        product_id uuid REFERENCES products(id),
        producer_id uuid REFERENCES producers(id),
        published_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now())`);
    await qr.query(`CREATE INDEX content_links_lao ON content_links (lao_code, published_at)`);
    await qr.query(`CREATE INDEX content_links_product ON content_links (product_id, published_at)`);
    // Learnt from order.completed: who may review which product for which order.
    await qr.query(`
      CREATE TABLE completed_orders (
        order_id uuid PRIMARY KEY,
        consumer_id uuid NOT NULL,
        product_id uuid NOT NULL,
        completed_at timestamptz NOT NULL)`);
    await qr.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES products(id),
        order_id uuid NOT NULL UNIQUE,
        consumer_id uuid NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now())`);
    await qr.query(`CREATE INDEX reviews_product ON reviews (product_id, created_at DESC)`);
  },

  async down(qr) {
    for (const t of ['reviews', 'completed_orders', 'content_links', 'products', 'producers'])
      await qr.query(`DROP TABLE ${t}`);
  },
});
