import { defineMigration } from '@app/persistence';

/**
 * The duplicate key of a content link now also drops, on the known platforms, the parameters that do not
 * name the post (and reads youtu.be/ID as youtube.com/watch?v=ID): issue 13. The rule is frozen here as it
 * was written (a later change of the key is a new migration): stored links get the new key; if two of them
 * now share one, the later ones keep a key made unique by their id (history and report unchanged), so only
 * new registrations of the same post are refused.
 */
const POST_PARAMS: Record<string, string[]> = {
  'facebook.com': ['story_fbid', 'fbid', 'id', 'v', 'set'],
  'youtube.com': ['v'],
  'tiktok.com': [],
  'instagram.com': [],
};

function postKey(oldKey: string): string {
  const u = new URL(oldKey.replace(/#.*$/, ''));
  let host = u.hostname;
  if (host === 'youtu.be' && u.pathname.length > 1) {
    u.searchParams.set('v', u.pathname.slice(1));
    u.pathname = '/watch';
    host = 'youtube.com';
  }
  const post = POST_PARAMS[host];
  if (post)
    u.search = new URLSearchParams(
      [...u.searchParams.entries()].filter(([k]) => post.includes(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ).toString();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `https://${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
}

export const ContentLinkPostKey1766200000000 = defineMigration('ContentLinkPostKey1766200000000', {
  async up(qr) {
    const rows: Array<{ id: string; url_key: string }> = await qr.query(
      `SELECT id, url_key FROM content_links ORDER BY created_at, id`,
    );
    const seen = new Set<string>();
    const keys = rows.map((r) => {
      let key = postKey(r.url_key);
      if (seen.has(key)) key = `${key}#${r.id}`;
      seen.add(key);
      return { id: r.id, key };
    });
    // in two steps, so a new key never meets an old one under the unique constraint
    await qr.query(`UPDATE content_links SET url_key = url_key || '#rekey'`);
    for (const k of keys) await qr.query(`UPDATE content_links SET url_key = $2 WHERE id = $1`, [k.id, k.key]);
  },

  async down() {
    // the older keys are not kept: a down migration would only loosen the duplicate check
  },
});
