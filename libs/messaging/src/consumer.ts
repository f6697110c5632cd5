import { Logger } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { ConsumerMessages, jetstream, jetstreamManager, JsMsg } from '@nats-io/jetstream';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_STREAMS, EventDomain, eventSubject, IntegrationEvent } from '@app/contracts';
import { EventHandlers, lookupHandler, UnknownEventVersionError } from './handlers.js';
import {
  ensureDurableConsumer,
  isJetStreamNotReady,
  isNotFound,
  StreamSettings,
  untilJetStreamReady,
} from './jetstream.js';

export interface EventConsumerOptions<D extends EventDomain = EventDomain> {
  nc: NatsConnection;
  dataSource: DataSource;
  domain: D;
  /** durable name, e.g. "reporting": one per consuming service, shared by its replicas */
  durable: string;
  /**
   * by event type, then version; types without a handler are acknowledged without touching the database (they
   * change nothing, so there is nothing to apply once; an inbox row per such event cost a transaction and a
   * commit each — during a live sale the catalog and harvest-preorder wrote one per order opened). A version
   * of a handled type that has no handler is parked at once (a publisher newer than this consumer; retrying
   * cannot help until a release handles it, and the parked retry then applies it).
   */
  handlers: EventHandlers<D>;
  stream: StreamSettings;
  /**
   * How many events may be applied at once (each in its own transaction). Default 1: in stream order.
   * Above 1 the handlers must not depend on order between events (e.g. they lock what they share).
   */
  concurrency?: number;
  /** deliveries after which an event whose handler keeps failing is parked (default MAX_DELIVERIES) */
  maxDeliveries?: number;
  /** how often parked events are tried again (default 10 minutes) */
  parkedRetryMs?: number;
}

/**
 * With back-off from 0.5 s up to a minute, 20 deliveries are ~14 minutes of trying: long enough to ride
 * out a deadlock or a restart, short enough that a poisoned event does not sit in JetStream's ack-pending
 * set forever (enough of them would stall the consumer).
 */
export const MAX_DELIVERIES = 20;

/**
 * Applies each event exactly once: the event id goes into the inbox in the same transaction as the
 * handler's effect, and the message is acknowledged only after that commit. A redelivered copy finds its
 * id in the inbox and changes nothing; a failed handler rolls back and the message is redelivered later
 * with back-off, and after maxDeliveries it is parked in parked_events (payload and error kept, tried again
 * every parkedRetryMs, counted by the service's health). While the service is down, events wait in the stream.
 */
export class EventConsumer<D extends EventDomain = EventDomain> {
  private readonly logger = new Logger('EventConsumer');
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private retryTimer?: NodeJS.Timeout;
  private retrying?: Promise<unknown>;
  private stopped = false;
  private wake?: () => void;

  constructor(private readonly opts: EventConsumerOptions<D>) {}

  /**
   * Starts consuming in the background: waits for the stream (its owner creates it; a consumer may only read
   * it, see libs/messaging/src/permissions.ts), creates this service's durable consumer on it, then applies
   * events. Events published before that wait in the stream (the consumer delivers from the first).
   */
  async start(): Promise<void> {
    this.loop = this.attach().catch((e) =>
      this.logger.error({
        message: 'event consumer stopped',
        domain: this.opts.domain,
        durable: this.opts.durable,
        error: String(e),
      }),
    );
    const retry = () => {
      this.retrying ??= this.retryParked()
        .catch((e) => this.logger.warn({ message: 'retrying parked events failed', error: String(e) }))
        .finally(() => (this.retrying = undefined));
    };
    this.retryTimer = setInterval(retry, this.opts.parkedRetryMs ?? 600_000);
    this.retryTimer.unref();
  }

  private async attach(): Promise<void> {
    const { nc, domain, durable } = this.opts;
    const stream = EVENT_STREAMS[domain].stream;
    if (!(await this.waitForStream(stream))) return;
    await untilJetStreamReady(`consumer ${durable} on ${stream}`, async () =>
      ensureDurableConsumer(await jetstreamManager(nc), stream, durable, this.filterSubject()),
    );
    const consumer = await untilJetStreamReady(`consumer ${durable} on ${stream}`, () =>
      jetstream(nc).consumers.get(stream, durable),
    );
    if (this.stopped) return;
    this.messages = await consumer.consume({ max_messages: 256 });
    if (this.stopped) {
      await this.messages.close();
      return;
    }
    await this.run(this.messages);
  }

  /** Polls the stream's info until it exists (false if stopped meanwhile). */
  private async waitForStream(stream: string): Promise<boolean> {
    for (let wait = 100, logged = false; !this.stopped; wait = Math.min(wait * 2, 2000)) {
      try {
        await (await jetstreamManager(this.opts.nc)).streams.info(stream);
        return true;
      } catch (e) {
        if (!isNotFound(e) && !isJetStreamNotReady(e)) throw e;
        if (!logged)
          this.logger.log({
            message: 'waiting for the stream (its owner creates it)',
            stream,
            durable: this.opts.durable,
          });
        logged = true;
      }
      await new Promise<void>((r) => {
        const t = setTimeout(r, wait);
        this.wake = () => {
          clearTimeout(t);
          r();
        };
      });
    }
    return false;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    clearInterval(this.retryTimer);
    await this.messages?.close();
    await this.loop;
    await this.retrying;
  }

  /**
   * Applies the parked events of this consumer again (after a fix is deployed, or when what failed was
   * passing): applied ones leave parked_events, the others keep their latest error. Safe with replicas:
   * the inbox applies an event once whoever tries it.
   */
  async retryParked(limit = 500): Promise<{ applied: number; failed: number }> {
    const rows: Array<{ payload: IntegrationEvent }> = await this.opts.dataSource.query(
      `SELECT payload FROM parked_events WHERE consumer = $1 ORDER BY parked_at LIMIT $2`,
      [this.opts.durable, limit],
    );
    let applied = 0;
    for (const { payload } of rows) {
      try {
        await this.apply(payload);
        await this.opts.dataSource.query(`DELETE FROM parked_events WHERE consumer = $1 AND event_id = $2`, [
          this.opts.durable,
          payload.id,
        ]);
        applied++;
        this.logger.log({ message: 'parked event applied', type: payload.type, eventId: payload.id });
      } catch (e) {
        await this.opts.dataSource.query(
          `UPDATE parked_events SET error = $3, attempts = attempts + 1, last_tried_at = now() WHERE consumer = $1 AND event_id = $2`,
          [this.opts.durable, payload.id, String(e)],
        );
      }
    }
    return { applied, failed: rows.length - applied };
  }

  /** Keeps an event whose handler failed on every delivery (or that no handler here can read), so JetStream can let it go. */
  private async park(event: IntegrationEvent, error: unknown, attempts: number): Promise<void> {
    await parkEvent(this.opts.dataSource, this.opts.durable, event, String(error), attempts);
  }

  /** Applies one event unless its id is already in the inbox. Returns false for a duplicate. */
  async apply(event: IntegrationEvent): Promise<boolean> {
    return this.opts.dataSource.transaction(async (em) => {
      const inserted = await em.query(
        `INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.opts.durable, event.id, event.type],
      );
      if (!inserted.length) return false;
      const found = lookupHandler(this.opts.handlers, event);
      if (found.kind === 'unknown-version') throw new UnknownEventVersionError(found.reason);
      if (found.kind === 'handler') await found.handle(event, em);
      return true;
    });
  }

  /**
   * The subject to filter the durable consumer on: the one event type this service handles in the domain
   * (nats-server 2.9 filters on one subject); none when it handles several (the others are then
   * acknowledged unread, see handle()). Two things follow for releases: a type handled from a later release
   * on is delivered from the consumer's position then, not from the events skipped while the filter left it
   * out (replay them from the stream if they matter); and a release older than this code does not clear a
   * filter, so rolling back to one that handles several types of the domain needs the filter cleared
   * (`nats consumer edit`), or it never receives the others.
   */
  filterSubject(): string {
    const types = Object.keys(this.opts.handlers);
    return types.length === 1 ? eventSubject(types[0]) : '';
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    const limit = this.opts.concurrency ?? 1;
    const inFlight = new Set<Promise<void>>();
    for await (const m of messages) {
      if (limit <= 1) {
        await this.handle(m);
        continue;
      }
      // Overlapping transactions let one replica keep up with a burst (commits are grouped by Postgres).
      const p: Promise<void> = this.handle(m).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  private async handle(m: JsMsg): Promise<void> {
    // an event of a type without a handler changes nothing here: acknowledged without reading its body (the
    // relay publishes each event on eventSubject(type))
    if (m.subject.startsWith('evt.') && !Object.hasOwn(this.opts.handlers, m.subject.slice(4))) {
      m.ack();
      return;
    }
    let event: IntegrationEvent;
    try {
      event = m.json<IntegrationEvent>();
      if (!event?.id || !event.type) throw new Error('not an integration event');
    } catch (e) {
      this.logger.error({ message: 'unreadable event dropped', subject: m.subject, seq: m.seq, error: String(e) });
      m.term();
      return;
    }
    const found = lookupHandler(this.opts.handlers, event);
    if (found.kind === 'unhandled') {
      m.ack();
      return;
    }
    if (found.kind === 'unknown-version') {
      // Not retried with back-off: no delivery can succeed before a release that handles the version.
      const parked = await this.park(event, new UnknownEventVersionError(found.reason), m.info.deliveryCount).then(
        () => true,
        (e) => (
          this.logger.error({
            message: 'parking an event of an unknown version failed; will redeliver',
            type: event.type,
            eventId: event.id,
            error: String(e),
          }),
          false
        ),
      );
      if (parked) {
        this.logger.error({
          message: 'event of a version this consumer has no handler for; parked',
          type: event.type,
          version: event.version,
          eventId: event.id,
          reason: found.reason,
        });
        m.term();
      } else {
        m.nak(Math.min(500 * 2 ** Math.min(m.info.deliveryCount - 1, 7), 60_000));
      }
      return;
    }
    try {
      await this.apply(event);
      m.ack();
    } catch (e) {
      const attempts = m.info.deliveryCount;
      if (attempts >= (this.opts.maxDeliveries ?? MAX_DELIVERIES)) {
        const parked = await this.park(event, e, attempts).then(
          () => true,
          () => false,
        );
        if (parked) {
          this.logger.error({
            message: 'event handler failed on every delivery; event parked',
            type: event.type,
            eventId: event.id,
            attempts,
            error: String(e),
          });
          m.term();
          return;
        }
      }
      const delay = Math.min(500 * 2 ** Math.min(attempts - 1, 7), 60_000);
      this.logger.error({
        message: 'event handler failed; will redeliver',
        type: event.type,
        eventId: event.id,
        delay,
        error: String(e),
      });
      m.nak(delay);
    }
  }
}

/**
 * Keeps an event in parked_events (payload and error): the health counts it and the consumer tries it again
 * every parkedRetryMs. Also used by reporting's rebuild for an event it cannot apply.
 */
export async function parkEvent(
  q: DataSource | EntityManager,
  consumer: string,
  event: IntegrationEvent,
  error: string,
  attempts: number,
): Promise<void> {
  await q.query(
    `INSERT INTO parked_events (consumer, event_id, type, payload, error, attempts) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (consumer, event_id) DO UPDATE SET error = EXCLUDED.error, attempts = parked_events.attempts + EXCLUDED.attempts, last_tried_at = now()`,
    [consumer, event.id, event.type, JSON.stringify(event), error, attempts],
  );
}
