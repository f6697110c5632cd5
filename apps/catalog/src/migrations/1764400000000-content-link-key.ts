import { defineMigration } from '@app/persistence';
import { contentLinkKey } from '../content-links/normalize-url.js';

/**
 * A content link's duplicate key is no longer the URL itself: http/https and the m./www./web. hosts of the
 * platforms are the same post, while the URL is shown as given. Links stored before keep their URL; if two
 * of them now share a key (the same post registered twice under both forms), the later ones get a key made
 * unique by their id, so history is kept and the report is unchanged, and only new registrations are refused.
 */
export const ContentLinkKey1764400000000 = defineMigration('ContentLinkKey1764400000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE content_links ADD COLUMN url_key text`);
    const rows: Array<{ id: string; url: string }> = await qr.query(
      `SELECT id, url FROM content_links ORDER BY created_at, id`,
    );
    const seen = new Set<string>();
    for (const r of rows) {
      let key = contentLinkKey(r.url);
      if (seen.has(key)) key = `${key}#${r.id}`;
      seen.add(key);
      await qr.query(`UPDATE content_links SET url_key = $2 WHERE id = $1`, [r.id, key]);
    }
    await qr.query(`ALTER TABLE content_links ALTER COLUMN url_key SET NOT NULL`);
    // content_links_url_key is Postgres' name for the old UNIQUE (url)
    await qr.query(`ALTER TABLE content_links DROP CONSTRAINT content_links_url_key`);
    await qr.query(`ALTER TABLE content_links ADD CONSTRAINT content_links_same_post UNIQUE (url_key)`);
  },

  async down(qr) {
    await qr.query(`ALTER TABLE content_links DROP COLUMN url_key`);
    await qr.query(`ALTER TABLE content_links ADD CONSTRAINT content_links_url_key UNIQUE (url)`);
  },
});
