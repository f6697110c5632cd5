import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { EVENT_STREAMS, EventDomain, IntegrationEvent } from '@app/contracts';
import { EventHandlers, isNotFound, lookupHandler, parkEvent } from '@app/messaging';
import { recomputeAggregates } from '../read-model/aggregates.js';
import { catalogHandlers } from '../read-model/handlers.js';
import { loadReferenceData } from '../read-model/reference-data.js';
import { applyOrderBatch } from './bulk-replay.js';
import { replayRepository } from './replay.repository.js';

export const CONSUMER = 'reporting';

/** Tables derived from events (targets, submissions and sale exclusions are people's decisions: never wiped). */
export const DERIVED_TABLES = [
  'order_facts',
  'order_refunds',
  'agg_lao_month',
  'agg_lao_fy',
  'agg_lao_month_split',
  'presence',
  'content_links',
  'content_link_removals',
  'producers',
  'laos',
  'districts',
  'provinces',
  'producer_memberships',
  'sale_parties',
];

/**
 * Why every replayed message is acknowledged although the ordered consumer needs no acks (AckPolicy none), and
 * why at most PREFETCH are pulled ahead: reporting's NATS user has `allow_responses` (it answers requests), so
 * nats-server 2.9 remembers the reply subject of every message it delivers to reporting's connections (each
 * JetStream message has its own $JS.ACK… reply) for 2 minutes, and while it holds more than 4,096 of them it
 * scans them all on every delivery. Unacknowledged, a replay of 1,000 events/s kept ~120,000 and slowed to a
 * crawl (server at a full core; 104,029 events at 888/s, 1,050,300 no visible progress in 15 min). An ack is
 * the one use of its reply subject the server allows, and a used one is dropped at the next scan; with fewer
 * than 4,096 messages in flight the scans stay rare (104,029 events on a busy 2-core machine: 117–179 s → 14–29 s;
 * on a connection without allow_responses 9–11 s). It works because the table does not allow these acks by name
 * (permissions.spec.ts holds that).
 */
const PREFETCH = 2000;

type Apply = (ds: DataSource, events: IntegrationEvent[]) => Promise<number>;

/**
 * Catalog events in stream order, one at a time through the live handlers (a removal follows its
 * publication; there are few). Order events set-wise, 1,000 per transaction, two transactions at once
 * (applyOrderBatch): per-event statements capped the replay near 1,300 events/s.
 */
const REPLAYED: Array<{ domain: EventDomain; apply: Apply; batch: number; parallel: number }> = [
  { domain: 'catalog', apply: (ds, events) => applyBatch(ds, events, catalogHandlers), batch: 500, parallel: 1 },
  { domain: 'order', apply: (ds, events) => applyOrderBatch(ds, CONSUMER, events), batch: 1000, parallel: 2 },
];

/** A batch that lost a deadlock (two batches locking the same rows) is simply applied again. */
async function applyWithRetry(ds: DataSource, events: IntegrationEvent[], apply: Apply): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await apply(ds, events);
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code !== '40P01' || attempt >= 5) throw e;
    }
  }
}

/**
 * Applies events in one transaction, each through the inbox, so a replay and the live consumer never
 * double-apply. A version the handlers do not know is parked as the live consumer parks it (not put in the
 * inbox: the consumer's retry of parked events applies it once a release handles it).
 */
export async function applyBatch(
  ds: DataSource,
  events: IntegrationEvent[],
  handlers: EventHandlers,
  consumer = CONSUMER,
): Promise<number> {
  return ds.transaction(async (em) => {
    let applied = 0;
    for (const e of events) {
      const found = lookupHandler(handlers, e);
      if (found.kind === 'unknown-version') {
        await parkEvent(em, consumer, e, found.reason, 1);
        continue;
      }
      if (!(await replayRepository.claim(em, consumer, e))) continue;
      if (found.kind === 'handler') await found.handle(e, em);
      applied++;
    }
    return applied;
  });
}

/**
 * Wipes the read model and this consumer's inbox for the replayed domains, reloads the reference LAOs and
 * replays the catalog and order streams from their first message with ordered (ephemeral) consumers,
 * catalog events through the live handlers and order events set-wise (facts only), then computes the aggregates in bulk.
 * Safe while the service runs: both go through the inbox.
 */
export async function rebuildReadModel(
  ds: DataSource,
  nc: NatsConnection,
  referenceDataDir: string,
  log: (s: string) => void = () => undefined,
) {
  await ds.transaction((em) => replayRepository.wipe(em, DERIVED_TABLES, CONSUMER));
  await loadReferenceData(ds, referenceDataDir);
  const jsm = await jetstreamManager(nc);
  const counts: Record<string, number> = {};
  for (const { domain, apply, batch: size, parallel } of REPLAYED) {
    const stream = EVENT_STREAMS[domain].stream;
    let last: number;
    try {
      const info = await jsm.streams.info(stream);
      last = info.state.messages ? info.state.last_seq : 0;
    } catch (e) {
      if (isNotFound(e)) continue;
      throw e;
    }
    counts[domain] = 0;
    if (!last) continue;
    const consumer = await jetstream(nc).consumers.get(stream);
    const messages = await consumer.consume({ max_messages: PREFETCH });
    let batch: IntegrationEvent[] = [];
    const inFlight = new Set<Promise<void>>();
    for await (const m of messages) {
      batch.push(m.json<IntegrationEvent>());
      m.ack();
      const done = m.info.streamSequence >= last;
      if (batch.length >= size || done) {
        const events = batch;
        const p: Promise<void> = applyWithRetry(ds, events, apply)
          .then((n) => void (counts[domain] += n))
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
        batch = [];
        log(`${domain}: ${m.info.streamSequence}/${last}`);
        if (inFlight.size >= parallel) await Promise.race(inFlight);
      }
      if (done) break;
    }
    await Promise.all(inFlight);
    await messages.close();
  }
  // Aggregates once, in bulk. TRUNCATE locks them, so a live event waits and then adds to the result.
  await ds.transaction((em) => recomputeAggregates(em));
  return counts;
}
