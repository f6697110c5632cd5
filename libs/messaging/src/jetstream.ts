import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, JetStreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
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

/** A durable pull consumer shared by all replicas of a consuming service: each event goes to one. */
export async function ensureDurableConsumer(jsm: JetStreamManager, stream: string, durable: string): Promise<void> {
  try {
    await jsm.consumers.info(stream, durable);
  } catch (e) {
    if (!isNotFound(e)) throw e;
    try {
      await jsm.consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: 30_000 * NS_PER_MS,
        max_ack_pending: 1000,
      });
    } catch (e2) {
      if (!/already|exists/i.test(String(e2))) throw e2;
    }
  }
}

export function isNotFound(e: unknown): boolean {
  return /not found|10059|10014/i.test(String((e as Error)?.message ?? e));
}

export { jetstream, jetstreamManager };
