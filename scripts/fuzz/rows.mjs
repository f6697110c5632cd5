// Row counts of every table of every app's database, to see whether a request answered with an error wrote
// anything. One statement per database counts all its tables (a few milliseconds). After a request that
// succeeded, `settle` waits until the events it caused have been published and applied (outboxes empty,
// counts unchanged across two looks), so their late rows are not blamed on the next request.
import pg from 'pg';

export const APPS = ['gateway', 'catalog', 'harvest_preorder', 'order', 'reporting'];
/** Tables that grow on errors by design: a failed login is counted (login throttle) — named in docs/reliability.md. */
export const GROW_ON_ERRORS = new Set(['gateway.login_throttle']);
/**
 * Written on harvest-preorder's batch sweeper's own clock (every second: a batch whose opening time came is
 * opened, a batch that filled is told once), each with its event in the outbox — never by the request at
 * hand. Their growth, and as many outbox rows, are not blamed on it.
 */
export const SWEEPER_NOTICES = ['harvest_preorder.batch_notices', 'harvest_preorder.waitlist_notices'];

export class RowCounter {
  static async open(databaseUrl, prefix) {
    const rc = new RowCounter();
    rc.dbs = [];
    for (const app of APPS) {
      const u = new URL(databaseUrl);
      u.pathname = `/${prefix}_${app}`;
      const client = new pg.Client({ connectionString: u.toString() });
      await client.connect();
      const { rows } = await client.query(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      );
      const tables = rows.map((r) => r.t).filter((t) => t !== 'migrations');
      const counts = tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ');
      const outbox = tables.includes('outbox')
        ? `, (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS "~unpublished"`
        : '';
      rc.dbs.push({ app, client, sql: `SELECT ${counts}${outbox}` });
    }
    return rc;
  }

  get tableCount() {
    return this.dbs.reduce((n, d) => n + d.sql.split('count(*) FROM "').length - 1, 0);
  }

  /** { 'app.table': rows } and the number of unpublished outbox rows. */
  async take() {
    const results = await Promise.all(this.dbs.map((d) => d.client.query(d.sql).then((r) => [d.app, r.rows[0]])));
    const counts = {};
    let unpublished = 0;
    for (const [app, row] of results) {
      for (const [t, n] of Object.entries(row)) {
        if (t === '~unpublished') unpublished += n;
        else counts[`${app}.${t}`] = n;
      }
    }
    return { counts, unpublished };
  }

  /**
   * Events still arriving: every changed table is in a database whose `inbox` grew. A request answered with an
   * error that emitted an event would show in its own service's outbox, so this hides nothing it wrote.
   */
  static onlyEventsArriving(changed) {
    const apps = new Set(changed.filter((c) => /^\w+\.inbox /.test(c)).map((c) => c.split('.')[0]));
    return apps.size > 0 && changed.every((c) => apps.has(c.split('.')[0]) && !/\.outbox /.test(c));
  }

  /** Tables whose count changed, except those that grow on errors by design. */
  static diff(a, b) {
    const grew = (t) => (b.counts[t] ?? 0) - (a.counts[t] ?? 0);
    const notices = SWEEPER_NOTICES.reduce((n, t) => n + Math.max(0, grew(t)), 0);
    return Object.keys(b.counts)
      .filter((t) => a.counts[t] !== b.counts[t] && !GROW_ON_ERRORS.has(t) && !SWEEPER_NOTICES.includes(t))
      .filter((t) => !(t === 'harvest_preorder.outbox' && grew(t) > 0 && grew(t) <= notices))
      .map((t) => `${t} ${a.counts[t]}→${b.counts[t]}`);
  }

  /** Waits at least `minMs`, then until the counts hold still and the outboxes are empty (at most `maxMs`). */
  async settle(maxMs = 5000, minMs = 0) {
    const until = Date.now() + maxMs;
    if (minMs) await new Promise((r) => setTimeout(r, minMs));
    let prev = await this.take();
    let stable = 0; // two unchanged looks in a row, 300 ms: an event just published has time to land
    for (;;) {
      await new Promise((r) => setTimeout(r, 150));
      const cur = await this.take();
      if ((cur.unpublished === 0 && RowCounter.diff(prev, cur).length === 0 && stable++ >= 1) || Date.now() > until)
        return cur;
      if (RowCounter.diff(prev, cur).length || cur.unpublished) stable = 0;
      prev = cur;
    }
  }

  async close() {
    await Promise.all(this.dbs.map((d) => d.client.end().catch(() => {})));
  }
}
