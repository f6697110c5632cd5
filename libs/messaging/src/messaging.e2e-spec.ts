import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { EVENT_STREAMS } from '@app/contracts';
import type { AnyEvent, IntegrationEvent } from '@app/contracts';
import { dropDatabase, ensureDatabase, withDatabase } from '@app/persistence';
import { eventually, testEnv } from '@app/testing';
import { startNatsServer } from '@app/testing';
import { EventConsumer } from './consumer.js';
import type { EventConsumerOptions } from './consumer.js';
import type { EventHandlers } from './handlers.js';
import { ensureStream } from './jetstream.js';
import { connectNats } from './nats.js';
import { addToOutbox, newEvent } from './outbox.js';
import { OutboxRelay } from './relay.js';
import { createOutboxAndInbox, createParkedEvents } from './schema.js';

/** The outbox relay and the inbox consumer against a real PostgreSQL and a real nats-server. */
describe('outbox relay and inbox consumer', () => {
  let natsDir: string;
  let nats: { url: string; stop(): Promise<void> };
  let nc: NatsConnection;
  let url: string;
  let ds: DataSource;

  beforeAll(async () => {
    natsDir = mkdtempSync(join(tmpdir(), 'kdbr-msg-'));
    nats = await startNatsServer({ bin: testEnv.natsServerBin, storeDir: natsDir });
    nc = await connectNats({ url: nats.url, app: 'messaging-test' }, 'messaging-test');
    await ensureStream(nc, 'diagnostics', { replicas: 1 });
    url = withDatabase(testEnv.databaseUrl, `tmsg_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(url);
    ds = await new DataSource({ type: 'postgres', url, synchronize: false }).initialize();
    const qr = ds.createQueryRunner();
    await createOutboxAndInbox(qr);
    await createParkedEvents(qr);
    await qr.release();
    await ds.query(`CREATE TABLE effects (event_id uuid PRIMARY KEY, applied integer NOT NULL)`);
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropDatabase(url).catch(() => undefined);
    await nc?.close();
    await nats?.stop();
    rmSync(natsDir, { recursive: true, force: true });
  });

  /** A consumer of the diagnostics stream under its own durable name, with its own handlers (and options). */
  const diagnosticsConsumer = (
    durable: string,
    handlers: EventHandlers<'diagnostics'>,
    more: Partial<EventConsumerOptions<'diagnostics'>> = {},
  ) =>
    new EventConsumer({
      nc,
      dataSource: ds,
      domain: 'diagnostics',
      durable,
      stream: { replicas: 1 },
      handlers,
      ...more,
    });
  /** The side effect of the tests' handlers: one more application of the event in `effects`. */
  const recordEffect = (em: EntityManager, eventId: string) =>
    em.query(
      `INSERT INTO effects (event_id, applied) VALUES ($1, 1) ON CONFLICT (event_id) DO UPDATE SET applied = effects.applied + 1`,
      [eventId],
    );
  const effectsOf = (eventId: string) => ds.query(`SELECT applied FROM effects WHERE event_id = $1`, [eventId]);
  /** Commits events to the outbox in one transaction, then relays the outbox to JetStream once. */
  const commitAndRelay = async (...events: AnyEvent[]) => {
    await ds.transaction((em) => addToOutbox(em, ...events));
    await new OutboxRelay({ dataSource: ds, nc, databaseUrl: url }).drainOnce();
  };

  it('publishes every committed event exactly once with two relays racing, and none of a rolled-back transaction', async () => {
    const relays = [1, 2].map(() => new OutboxRelay({ dataSource: ds, nc, databaseUrl: url, batchSize: 25 }));
    await Promise.all(relays.map((r) => r.start()));
    try {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const events = Array.from({ length: 10 }, () =>
          newEvent('diagnostics.ping.recorded', 1, { pingId: 'x', note: `n${i}` }),
        );
        ids.push(...events.map((e) => e.id));
        await ds.transaction((em) => addToOutbox(em, ...events));
      }
      const lost = newEvent('diagnostics.ping.recorded', 1, { pingId: 'x', note: 'rolled back' });
      await ds
        .transaction(async (em) => {
          await addToOutbox(em, lost);
          throw new Error('business change failed');
        })
        .catch(() => undefined);

      const jsm = await jetstreamManager(nc);
      await eventually(async () => {
        const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
        expect(n).toBe(0);
      });
      const info = await jsm.streams.info(EVENT_STREAMS.diagnostics.stream);
      expect(info.state.messages).toBe(200);
      const seen = new Set<string>();
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
        const m = await jsm.streams.getMessage(EVENT_STREAMS.diagnostics.stream, { seq });
        seen.add(m!.json<{ id: string }>().id);
      }
      expect([...seen].sort()).toEqual([...ids].sort());
      expect(seen.has(lost.id)).toBe(false);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('prunes published rows past the retention, never an unpublished one', async () => {
    const events = Array.from({ length: 4 }, (_, i) =>
      newEvent('diagnostics.ping.recorded', 1, { pingId: 'prune', note: `p${i}` }),
    );
    await ds.transaction((em) => addToOutbox(em, ...events));
    const [oldPublished, recentPublished, oldUnpublished] = events.map((e) => e.id);
    await ds.query(`UPDATE outbox SET published_at = now() - interval '8 days' WHERE id = $1`, [oldPublished]);
    await ds.query(`UPDATE outbox SET published_at = now() - interval '6 days' WHERE id = $1`, [recentPublished]);
    await ds.query(`UPDATE outbox SET published_at = NULL, occurred_at = now() - interval '30 days' WHERE id = $1`, [
      oldUnpublished,
    ]);
    // no relay has started on these rows: this one only prunes (it is not running, so one batch)
    const relay = new OutboxRelay({ dataSource: ds, nc, databaseUrl: url, retentionDays: 7 });
    const before = await ds.query(`SELECT id FROM outbox WHERE published_at < now() - interval '7 days'`);
    expect(await relay.pruneOnce()).toBe(before.length);
    const left = (await ds.query(`SELECT id FROM outbox WHERE id = ANY($1::uuid[])`, [events.map((e) => e.id)])).map(
      (r: { id: string }) => r.id,
    );
    expect(left.sort()).toEqual([recentPublished, oldUnpublished, events[3].id].sort());
  });

  it('redelivers an event whose handler failed, and applies it once', async () => {
    let failures = 0;
    const event = newEvent('diagnostics.ping.recorded', 1, { pingId: 'y', note: 'flaky' });
    const consumer = diagnosticsConsumer('flaky-test', {
      'diagnostics.ping.recorded': {
        1: async (e, em) => {
          if (e.id !== event.id) return;
          await recordEffect(em, e.id);
          if (failures++ === 0) throw new Error('transient failure after the write');
        },
      },
    });
    await consumer.start();
    try {
      await commitAndRelay(event);
      await eventually(async () => expect(await effectsOf(event.id)).toEqual([{ applied: 1 }]), { timeoutMs: 20_000 });
      expect(failures).toBe(2);
      // a copy delivered again (e.g. after a lost ack) is recognised by the inbox
      expect(await consumer.apply(event)).toBe(false);
      expect(await effectsOf(event.id)).toEqual([{ applied: 1 }]);
    } finally {
      await consumer.stop();
    }
  });

  it('acknowledges an event type it has no handler for without a transaction (no inbox row), and goes on to the next', async () => {
    // a type this build's catalog does not know (a newer publisher's): the compiler would refuse to write it
    const unhandled = {
      id: randomUUID(),
      type: 'diagnostics.probe.ignored',
      version: 1,
      occurredAt: new Date().toISOString(),
      data: { note: 'nobody here handles this type' },
    } as IntegrationEvent as AnyEvent;
    const handled = newEvent('diagnostics.ping.recorded', 1, { pingId: 'u', note: 'after the unhandled one' });
    // two types handled (the second one a newer publisher's too): no filter on the durable, so the unhandled
    // type is delivered and acknowledged unread
    const consumer = diagnosticsConsumer('unhandled-test', {
      'diagnostics.ping.recorded': {
        1: async (e, em) => {
          if (e.id !== handled.id) return;
          await em.query(`INSERT INTO effects (event_id, applied) VALUES ($1, 1)`, [e.id]);
        },
      },
      ...({ 'diagnostics.probe.other': { 1: async () => undefined } } as object),
    });
    expect(consumer.filterSubject()).toBe('');
    await consumer.start();
    try {
      await commitAndRelay(unhandled, handled);
      await eventually(async () => {
        expect(await effectsOf(handled.id)).toEqual([{ applied: 1 }]);
      });
      const inbox = await ds.query(
        `SELECT event_id FROM inbox WHERE consumer = 'unhandled-test' AND event_id = ANY($1::uuid[])`,
        [[unhandled.id, handled.id]],
      );
      expect(inbox).toEqual([{ event_id: handled.id }]);
      // and JetStream holds nothing back for it: both acknowledged
      const jsm = await jetstreamManager(nc);
      await eventually(async () => {
        const info = await jsm.consumers.info(EVENT_STREAMS.diagnostics.stream, 'unhandled-test');
        expect(info.num_ack_pending).toBe(0);
        expect(info.num_pending).toBe(0);
      });
    } finally {
      await consumer.stop();
    }
  });

  it('filters its durable consumer on the one type it handles; an unfiltered durable of an earlier release is updated in place and keeps its position', async () => {
    const jsm = await jetstreamManager(nc);
    const stream = EVENT_STREAMS.diagnostics.stream;
    const ping = (note: string) => newEvent('diagnostics.ping.recorded', 1, { pingId: 'f', note });
    const other = (note: string) =>
      ({
        id: randomUUID(),
        type: 'diagnostics.probe.ignored',
        version: 1,
        occurredAt: new Date().toISOString(),
        data: { note },
      }) as IntegrationEvent as AnyEvent;
    const seen: string[] = [];
    const handlers: EventHandlers<'diagnostics'> = {
      'diagnostics.ping.recorded': {
        1: async (e, em) => {
          seen.push(e.id);
          await recordEffect(em, e.id);
        },
      },
    };
    // an earlier release: the same durable, no filter (it handled two types)
    const earlier = diagnosticsConsumer('filter-test', {
      ...handlers,
      ...({ 'diagnostics.probe.ignored': { 1: async () => undefined } } as object),
    });
    await earlier.start();
    const first = ping('before the update');
    try {
      await commitAndRelay(first, other('seen by the earlier release'));
      await eventually(async () => expect(await effectsOf(first.id)).toEqual([{ applied: 1 }]));
      await eventually(async () => expect((await jsm.consumers.info(stream, 'filter-test')).num_ack_pending).toBe(0));
      expect((await jsm.consumers.info(stream, 'filter-test')).config.filter_subject ?? '').toBe('');
    } finally {
      await earlier.stop();
    }

    const now = diagnosticsConsumer('filter-test', handlers);
    expect(now.filterSubject()).toBe('evt.diagnostics.ping.recorded');
    await now.start();
    const second = ping('after the update');
    try {
      await eventually(async () =>
        expect((await jsm.consumers.info(stream, 'filter-test')).config.filter_subject).toBe(
          'evt.diagnostics.ping.recorded',
        ),
      );
      const before = (await jsm.consumers.info(stream, 'filter-test')).delivered.consumer_seq;
      await commitAndRelay(other('not delivered any more'), other('nor this'), second);
      await eventually(async () => expect(await effectsOf(second.id)).toEqual([{ applied: 1 }]));
      const info = await jsm.consumers.info(stream, 'filter-test');
      // only the handled event was delivered: the two others stayed in the stream
      expect(info.delivered.consumer_seq - before).toBe(1);
      expect(info.num_pending).toBe(0);
      // the position was kept: the event applied before the update was not delivered again
      expect(await effectsOf(first.id)).toEqual([{ applied: 1 }]);
      expect(seen.filter((id) => id === first.id)).toEqual([first.id]);
    } finally {
      await now.stop();
    }
  });

  it('parks an event whose handler fails on every delivery, lets JetStream go on, and applies it once when retried after a fix', async () => {
    let fixed = false;
    let tries = 0;
    const poison = newEvent('diagnostics.ping.recorded', 1, { pingId: 'z', note: 'poison' });
    const next = newEvent('diagnostics.ping.recorded', 1, { pingId: 'z', note: 'after the poison' });
    const consumer = diagnosticsConsumer(
      'poison-test',
      {
        'diagnostics.ping.recorded': {
          1: async (e, em) => {
            if (e.id !== poison.id && e.id !== next.id) return;
            await recordEffect(em, e.id);
            if (e.id === poison.id && !fixed) {
              tries++;
              throw new Error('a bug in the handler');
            }
          },
        },
      },
      { maxDeliveries: 2 },
    );
    await consumer.start();
    try {
      await commitAndRelay(poison, next);
      await eventually(
        async () => {
          const parked = await ds.query(
            `SELECT type, attempts, error, payload->>'id' AS id FROM parked_events WHERE consumer = 'poison-test'`,
          );
          expect(parked).toEqual([
            { type: 'diagnostics.ping.recorded', attempts: 2, error: 'Error: a bug in the handler', id: poison.id },
          ]);
        },
        { timeoutMs: 20_000 },
      );
      expect(tries).toBe(2);
      // the event after it was applied; the poisoned one changed nothing (its transactions rolled back)
      expect(
        await ds.query(`SELECT event_id, applied FROM effects WHERE event_id = ANY($1::uuid[])`, [
          [poison.id, next.id],
        ]),
      ).toEqual([{ event_id: next.id, applied: 1 }]);
      const jsm = await jetstreamManager(nc);
      await eventually(async () =>
        expect((await jsm.consumers.info(EVENT_STREAMS.diagnostics.stream, 'poison-test')).num_ack_pending).toBe(0),
      );

      expect(await consumer.retryParked()).toEqual({ applied: 0, failed: 1 });
      fixed = true;
      expect(await consumer.retryParked()).toEqual({ applied: 1, failed: 0 });
      expect(await ds.query(`SELECT count(*)::int AS n FROM parked_events WHERE consumer = 'poison-test'`)).toEqual([
        { n: 0 },
      ]);
      expect(await effectsOf(poison.id)).toEqual([{ applied: 1 }]);
      expect(await consumer.retryParked()).toEqual({ applied: 0, failed: 0 });
    } finally {
      await consumer.stop();
    }
  });

  it('parks an event of a version it has no handler for, with the reason, without retrying it, and applies it once a release handles that version', async () => {
    const seen: string[] = [];
    // version 2 of a type whose catalog knows only 1: what a publisher released before this consumer sends
    const future = {
      ...newEvent('diagnostics.ping.recorded', 1, { pingId: 'v', note: 'from a newer publisher' }),
      version: 2,
    } as IntegrationEvent as AnyEvent;
    const next = newEvent('diagnostics.ping.recorded', 1, { pingId: 'v', note: 'version 1, after it' });
    const record = async (e: IntegrationEvent, em: EntityManager) => {
      if (e.id !== future.id && e.id !== next.id) return;
      seen.push(`${e.id === future.id ? 'future' : 'next'} v${e.version}`);
      await recordEffect(em, e.id);
    };
    const consumer = diagnosticsConsumer('version-test', { 'diagnostics.ping.recorded': { 1: record } });
    await consumer.start();
    try {
      await commitAndRelay(future, next);
      const reason =
        'UnknownEventVersionError: no handler for version 2 of diagnostics.ping.recorded (this consumer handles version 1): parked until a release that handles it';
      await eventually(async () => {
        const parked = await ds.query(
          `SELECT type, attempts, error, payload->>'id' AS id, payload->>'version' AS version FROM parked_events WHERE consumer = 'version-test'`,
        );
        expect(parked).toEqual([
          { type: 'diagnostics.ping.recorded', attempts: 1, error: reason, id: future.id, version: '2' },
        ]);
        expect(await effectsOf(next.id)).toEqual([{ applied: 1 }]);
      });
      // the version-1 handler never saw it, nothing of it is in the inbox, and JetStream let it go at once (no back-off redeliveries)
      expect(seen).toEqual(['next v1']);
      expect(
        await ds.query(`SELECT event_id FROM inbox WHERE consumer = 'version-test' AND event_id = $1`, [future.id]),
      ).toEqual([]);
      const jsm = await jetstreamManager(nc);
      await eventually(async () => {
        const info = await jsm.consumers.info(EVENT_STREAMS.diagnostics.stream, 'version-test');
        expect(info.num_ack_pending).toBe(0);
        expect(info.num_pending).toBe(0);
        expect(info.num_redelivered).toBe(0);
      });
      // retried by the same release: still refused, for the same reason
      expect(await consumer.retryParked()).toEqual({ applied: 0, failed: 1 });
      expect(await ds.query(`SELECT error, attempts FROM parked_events WHERE consumer = 'version-test'`)).toEqual([
        { error: reason, attempts: 2 },
      ]);
    } finally {
      await consumer.stop();
    }
    // a release whose handlers know version 2 applies it from the parked events, once
    const upgraded = diagnosticsConsumer('version-test', {
      'diagnostics.ping.recorded': { 1: record, 2: record } as Record<1, typeof record>,
    });
    expect(await upgraded.retryParked()).toEqual({ applied: 1, failed: 0 });
    expect(seen).toEqual(['next v1', 'future v2']);
    expect(await ds.query(`SELECT count(*)::int AS n FROM parked_events WHERE consumer = 'version-test'`)).toEqual([
      { n: 0 },
    ]);
    expect(await upgraded.retryParked()).toEqual({ applied: 0, failed: 0 });
  });
});
