import { Logger } from '@nestjs/common';
import { headers } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { eventSubject, IntegrationEvent } from '@app/contracts';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  nc: NatsConnection;
  /** for LISTEN: a dedicated connection, woken by the outbox trigger */
  databaseUrl: string;
  batchSize?: number;
  /** how often to look even without a notification (a missed NOTIFY, a row left by a crash) */
  pollMs?: number;
  /** published rows older than this are deleted (default OUTBOX_RETENTION_DAYS) */
  retentionDays?: number;
  /** how often an idle relay prunes (default 10 minutes) */
  pruneEveryMs?: number;
}

/**
 * Published outbox rows are kept a week: long enough to see what a service sent while investigating an
 * incident, short enough that the table does not grow with every order forever. Consumers never need them
 * (events live on in JetStream; inboxes, which dedupe, are permanent).
 */
export const OUTBOX_RETENTION_DAYS = 7;

/**
 * Publishes committed outbox rows to JetStream. Safe with several replicas: rows are claimed with
 * FOR UPDATE SKIP LOCKED, and a row is marked published only after JetStream acknowledged it; a crash in
 * between republishes it with the same Msg-Id (and consumers dedupe by event id in their inbox anyway).
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: pg.Client;
  private running = false;
  private wake?: () => void;
  /** a notification arrived while a drain was running: look again before sleeping */
  private pending = false;
  private loop?: Promise<void>;

  constructor(private readonly opts: OutboxRelayOptions) {}

  async start(): Promise<void> {
    this.running = true;
    await this.listen().catch((e) => {
      this.logger.warn({ message: 'outbox listener unavailable; polling until it reconnects', error: String(e) });
      this.relisten();
    });
    this.loop = this.run();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.databaseUrl, application_name: 'outbox-relay' });
    client.on('error', (e) => {
      this.logger.warn({ message: 'outbox listener lost; polling until it reconnects', error: String(e) });
      client.end().catch(() => undefined);
      if (this.listener === client) this.relisten();
    });
    client.on('notification', () => this.poke());
    await client.connect();
    await client.query('LISTEN outbox');
    this.listener = client;
    this.poke(); // rows written while nobody listened
  }

  private relisten(): void {
    this.listener = undefined;
    if (!this.running) return;
    setTimeout(() => this.running && this.listen().catch(() => this.relisten()), 2000).unref();
  }

  private poke(): void {
    this.pending = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    const l = this.listener;
    this.listener = undefined;
    await l?.end().catch(() => undefined);
  }

  /**
   * Deletes published rows older than the retention, 5,000 at a time (short transactions; replicas may
   * prune together: a row deleted twice is simply not there). Returns how many rows went.
   */
  async pruneOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ n }] = await this.opts.dataSource.query(
        `WITH gone AS (
           DELETE FROM outbox WHERE seq IN (
             SELECT seq FROM outbox WHERE published_at < now() - make_interval(days => $1) ORDER BY seq LIMIT 5000)
           RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [this.opts.retentionDays ?? OUTBOX_RETENTION_DAYS],
      );
      total += n;
      if (n < 5000 || !this.running) return total;
    }
  }

  /** Publishes what is pending now; returns how many rows were published. */
  async drainOnce(): Promise<number> {
    const js = jetstream(this.opts.nc);
    return this.opts.dataSource.transaction(async (em) => {
      const rows: Array<{ seq: string; payload: IntegrationEvent }> = await em.query(
        `SELECT seq, payload FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.opts.batchSize ?? 200],
      );
      if (!rows.length) return 0;
      await Promise.all(
        rows.map((r) => {
          const h = headers();
          h.set('Nats-Msg-Id', r.payload.id);
          return js.publish(eventSubject(r.payload.type), JSON.stringify(r.payload), {
            msgID: r.payload.id,
            headers: h,
          });
        }),
      );
      await em.query(`UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1::bigint[])`, [
        rows.map((r) => r.seq),
      ]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    let backoff = 100;
    let prunedAt = 0;
    while (this.running) {
      this.pending = false;
      try {
        const n = await this.drainOnce();
        backoff = 100;
        if (n > 0) continue;
      } catch (e) {
        this.logger.warn({ message: 'outbox publish failed; will retry', error: String(e) });
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
        continue;
      }
      if (Date.now() - prunedAt >= (this.opts.pruneEveryMs ?? 600_000)) {
        prunedAt = Date.now();
        await this.pruneOnce().catch((e) =>
          this.logger.warn({ message: 'outbox pruning failed; will try again', error: String(e) }),
        );
      }
      if (!this.pending) await this.sleep(this.opts.pollMs ?? 1000);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }
}
