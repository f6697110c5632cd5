import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  JetStreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Logger } from '@nestjs/common';
import { EVENT_STREAMS, EventDomain } from '@app/contracts';

const NS_PER_MS = 1_000_000;

export interface StreamSettings {
  /** JetStream replicas of each event stream (3 on a NATS cluster, 1 on a single server). */
  replicas: number;
}

/**
 * Creates or updates the event stream of a domain. Events are kept (limits retention, no age limit) so
 * a read model can be rebuilt by replaying them; the Msg-Id window drops duplicates of a relay retry.
 */
export async function ensureStream(nc: NatsConnection, domain: EventDomain, settings: StreamSettings): Promise<void> {
  await untilJetStreamReady(`stream ${EVENT_STREAMS[domain].stream}`, () => createOrUpdateStream(nc, domain, settings));
}

async function createOrUpdateStream(nc: NatsConnection, domain: EventDomain, settings: StreamSettings): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const def = EVENT_STREAMS[domain];
  const config = {
    name: def.stream,
    subjects: [...def.subjects],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: settings.replicas,
    duplicate_window: 2 * 60 * 1000 * NS_PER_MS,
  };
  try {
    await jsm.streams.info(def.stream);
    await jsm.streams.update(def.stream, config);
  } catch (e) {
    if (!isNotFound(e)) throw e;
    try {
      await jsm.streams.add(config);
    } catch (e2) {
      // another replica created it meanwhile
      if (!/already in use|exists/i.test(String(e2))) throw e2;
    }
  }
}

/**
 * A durable pull consumer shared by all replicas of a consuming service: each event goes to one.
 * `filterSubject` (one event type's subject) makes JetStream deliver only that type: a service that handles
 * one type of a domain is not sent the others (during a live sale the order stream carries an
 * `order.status_changed` per group that neither the catalog nor harvest-preorder reads). An existing
 * consumer whose filter differs (a release that handles another set of types) is updated in place: it keeps
 * its position in the stream.
 */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  stream: string,
  durable: string,
  filterSubject = '',
): Promise<void> {
  try {
    const info = await jsm.consumers.info(stream, durable);
    if ((info.config.filter_subject ?? '') !== filterSubject)
      await jsm.consumers.update(stream, durable, { filter_subject: filterSubject });
  } catch (e) {
    if (!isNotFound(e)) throw e;
    try {
      await jsm.consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: 30_000 * NS_PER_MS,
        max_ack_pending: 1000,
        ...(filterSubject ? { filter_subject: filterSubject } : {}),
      });
    } catch (e2) {
      if (!/already|exists/i.test(String(e2))) throw e2;
    }
  }
}

/**
 * What JetStream answers while it cannot serve yet, as measured on a 3-node nats-server 2.9 cluster
 * starting: the API request times out (no meta leader: TimeoutError), `no suitable peers for placement`
 * (10005: fewer servers up than replicas), `JetStream system temporarily unavailable` (503, 10008), or
 * no responders / not enabled while a server starts.
 */
export function isJetStreamNotReady(e: unknown): boolean {
  const err = e as
    { name?: string; message?: string; code?: unknown; api_error?: { code?: number; err_code?: number } } | undefined;
  if (err?.name === 'TimeoutError') return true;
  const api = err?.api_error;
  if (api && (api.code === 503 || api.err_code === 10005 || api.err_code === 10008)) return true;
  return /timeout|temporarily unavailable|no suitable peers|insufficient resources|no responders|jetstream not enabled/i.test(
    String(err?.message ?? e),
  );
}

/** The longest pause between attempts; attempts go on until JetStream answers (never an exit at start). */
const MAX_BACKOFF_MS = 5_000;

/**
 * Runs a JetStream set-up step again, with back-off, for as long as JetStream is not ready (a cluster's
 * first start: every service used to exit with an unhandled TimeoutError). Any other error is thrown: a
 * stream that conflicts with its config will not fix itself.
 */
export async function untilJetStreamReady<T>(
  what: string,
  step: () => Promise<T>,
  backoff = { firstMs: 250, maxMs: MAX_BACKOFF_MS },
): Promise<T> {
  const logger = new Logger('JetStream');
  for (let attempt = 1, wait = backoff.firstMs; ; attempt++, wait = Math.min(wait * 2, backoff.maxMs)) {
    try {
      return await step();
    } catch (e) {
      if (!isJetStreamNotReady(e)) throw e;
      logger.warn({
        message: 'JetStream not ready; trying again',
        what,
        attempt,
        retryInMs: wait,
        error: String((e as Error)?.message ?? e),
      });
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

export function isNotFound(e: unknown): boolean {
  return /not found|10059|10014/i.test(String((e as Error)?.message ?? e));
}

export { jetstream, jetstreamManager };
