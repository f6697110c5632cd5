import { Logger } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { ConsumerMessages, jetstream, jetstreamManager, JsMsg } from '@nats-io/jetstream';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_STREAMS, EventDomain, IntegrationEvent } from '@app/contracts';
import { ensureDurableConsumer, ensureStream, StreamSettings } from './jetstream.js';

export type EventHandler = (event: IntegrationEvent<string, any>, manager: EntityManager) => Promise<void>;

export interface EventConsumerOptions {
  nc: NatsConnection;
  dataSource: DataSource;
  domain: EventDomain;
  /** durable name, e.g. "reporting": one per consuming service, shared by its replicas */
  durable: string;
  /** by event type; types without a handler are recorded and acknowledged */
  handlers: Record<string, EventHandler>;
  stream: StreamSettings;
  /**
   * How many events may be applied at once (each in its own transaction). Default 1: in stream order.
   * Above 1 the handlers must not depend on order between events (e.g. they lock what they share).
   */
  concurrency?: number;
}

/**
 * Applies each event exactly once: the event id goes into the inbox in the same transaction as the
 * handler's effect, and the message is acknowledged only after that commit. A redelivered copy finds its
 * id in the inbox and changes nothing; a failed handler rolls back and the message is redelivered later
 * (never acked on failure). While the service is down, events wait in the stream.
 */
export class EventConsumer {
  private readonly logger = new Logger('EventConsumer');
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;

  constructor(private readonly opts: EventConsumerOptions) {}

  async start(): Promise<void> {
    const { nc, domain, durable } = this.opts;
    await ensureStream(nc, domain, this.opts.stream);
    const stream = EVENT_STREAMS[domain].stream;
    await ensureDurableConsumer(await jetstreamManager(nc), stream, durable);
    const consumer = await jetstream(nc).consumers.get(stream, durable);
    this.messages = await consumer.consume({ max_messages: 256 });
    this.loop = this.run(this.messages);
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  /** Applies one event unless its id is already in the inbox. Returns false for a duplicate. */
  async apply(event: IntegrationEvent): Promise<boolean> {
    return this.opts.dataSource.transaction(async (em) => {
      const inserted = await em.query(
        `INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.opts.durable, event.id, event.type],
      );
      if (!inserted.length) return false;
      const handler = this.opts.handlers[event.type];
      if (handler) await handler(event, em);
      return true;
    });
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
    let event: IntegrationEvent;
    try {
      event = m.json<IntegrationEvent>();
      if (!event?.id || !event.type) throw new Error('not an integration event');
    } catch (e) {
      this.logger.error({ message: 'unreadable event dropped', subject: m.subject, seq: m.seq, error: String(e) });
      m.term();
      return;
    }
    try {
      await this.apply(event);
      m.ack();
    } catch (e) {
      const delay = Math.min(500 * 2 ** Math.min(m.info.deliveryCount - 1, 7), 60_000);
      this.logger.error({ message: 'event handler failed; will redeliver', type: event.type, eventId: event.id, delay, error: String(e) });
      m.nak(delay);
    }
  }
}
