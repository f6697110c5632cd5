import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { inRolledBackTransaction, TestSystem } from '@app/testing';
import { ContentLinkPostKey1766200000000 } from '../src/migrations/1766200000000-content-link-post-key.js';
import { BAN_THAM, bearer, DOK_KHAMTAI, queryDb } from './catalog-fixtures.js';

/**
 * Issue 13 point 7: one LAO's content links per day are bounded (a script cannot pad the report's links),
 * and links of the same post on the known platforms — share-sheet parameters, youtu.be — are one post,
 * for links stored before too.
 */
describe('content links: a daily bound per LAO and one key per post', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'], env: { CONTENT_LINKS_PER_LAO_PER_DAY: '3' } });
  let laoAdmin: string;
  let neighbour: string;

  beforeAll(async () => {
    laoAdmin = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
    neighbour = (await sys.userWithRole('lao_admin', { laoCode: BAN_THAM })).token;
  });

  const link = (token: string, laoCode: string, url: string, key?: string) => {
    const req = sys.http().post('/api/v1/content-links').set(bearer(token));
    if (key) req.set('Idempotency-Key', key);
    return req.send({ url, platform: 'other', laoCode, publishedAt: '2026-06-01T00:00:00Z' });
  };

  it('takes at most the day’s bound of links from one LAO (429 naming laoCode), not counting retries, yesterday or other LAOs', async () => {
    // a link registered yesterday (Bangkok) does not count
    const old = await link(laoAdmin, DOK_KHAMTAI, `https://example.org/old/${randomUUID()}`).expect(201);
    await queryDb(
      sys,
      'catalog',
      `UPDATE content_links SET created_at = now() - interval '1 day' - interval '1 hour' WHERE id = $1`,
      [old.body.id],
    );
    const key = randomUUID();
    const first = await link(laoAdmin, DOK_KHAMTAI, `https://example.org/a/${randomUUID()}`, key).expect(201);
    await link(laoAdmin, DOK_KHAMTAI, `https://example.org/b/${randomUUID()}`).expect(201);
    await link(laoAdmin, DOK_KHAMTAI, `https://example.org/c/${randomUUID()}`).expect(201);

    const over = await link(laoAdmin, DOK_KHAMTAI, `https://example.org/d/${randomUUID()}`).expect(429);
    expect(over.body).toMatchObject({ code: 'RATE_LIMITED', fields: [{ field: 'laoCode' }] });
    // a retry of a registered link is the same link, not a new one
    expect((await link(laoAdmin, DOK_KHAMTAI, first.body.url, key).expect(201)).body.id).toBe(first.body.id);
    // another LAO has its own bound
    await link(neighbour, BAN_THAM, `https://example.org/e/${randomUUID()}`).expect(201);
    // the refused link left nothing
    expect(
      await queryDb(sys, 'catalog', `SELECT count(*)::int AS n FROM content_links WHERE lao_code = $1`, [DOK_KHAMTAI]),
    ).toEqual([{ n: 4 }]);
  });

  it('re-keys stored links so that a share-sheet copy or a youtu.be link of a stored post is refused; two stored copies keep both rows', async () => {
    const ds = await new DataSource({ type: 'postgres', url: sys.databaseUrl('catalog') }).initialize();
    try {
      await inRolledBackTransaction(ds, async (qr) => {
        const id = randomUUID().slice(0, 8);
        const insert = (url: string, key: string, at: string) =>
          qr.query(
            `INSERT INTO content_links (id, url, url_key, platform, lao_code, published_at, created_by, created_at) VALUES ($1, $2, $3, 'youtube', $4, now(), $1, $5) RETURNING id`,
            [randomUUID(), url, key, BAN_THAM, at],
          );
        // keys as the older rule made them: the start time and the short host made them differ
        const [[a], [b]] = [
          await insert(`https://youtu.be/${id}`, `https://youtu.be/${id}`, '2026-01-01'),
          await insert(
            `https://www.youtube.com/watch?v=${id}&t=42`,
            `https://youtube.com/watch?t=42&v=${id}`,
            '2026-01-02',
          ),
        ];
        await new ContentLinkPostKey1766200000000().up(qr);
        expect(
          await qr.query(`SELECT id, url_key FROM content_links WHERE id = ANY($1) ORDER BY created_at`, [
            [a.id, b.id],
          ]),
        ).toEqual([
          { id: a.id, url_key: `https://youtube.com/watch?v=${id}` },
          { id: b.id, url_key: `https://youtube.com/watch?v=${id}#${b.id}` },
        ]);
        await expect(
          insert(
            `https://m.youtube.com/watch?v=${id}&feature=share`,
            `https://youtube.com/watch?v=${id}`,
            '2026-01-03',
          ),
        ).rejects.toThrow(/content_links_same_post/);
      });
    } finally {
      await ds.destroy();
    }
  });
});
