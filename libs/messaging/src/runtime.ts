import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { EVENT_FLOWS, QUEUE_GROUPS } from '@app/contracts';
import type { EventApp, EventDomain, ServiceName } from '@app/contracts';
import { EventConsumer } from './consumer.js';
import type { EventHandlers } from './handlers.js';
import { ensureStream } from './jetstream.js';
import { connectNats } from './nats.js';
import type { NatsEndpoint } from './nats.js';
import { OutboxRelay } from './relay.js';

/** One domain's stream and this service's handlers for its types and versions (typed by EventCatalog). */
export type EventSubscription = {
  [D in EventDomain]: {
    domain: D;
    handlers: EventHandlers<D>;
    /** events applied at once; default 1 (stream order). See EventConsumerOptions.concurrency. */
    concurrency?: number;
  };
}[EventDomain];

export interface EventRuntimeOptions {
  /** consuming service name (its queue group): the durable consumer name and the inbox's consumer column */
  service: string;
  nats: NatsEndpoint;
  databaseUrl: string;
  dataSource: DataSource;
  streamReplicas: number;
  /** domains whose events this service writes to its outbox */
  publishes: EventDomain[];
  subscriptions: EventSubscription[];
}

/** A service's event plumbing: its outbox relay and its durable consumers, started and stopped with it. */
export class EventRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventRuntime');
  private nc?: NatsConnection;
  private relay?: OutboxRelay;
  private consumers: EventConsumer[] = [];

  constructor(private readonly opts: EventRuntimeOptions) {}

  /** The runtime of a service from its common config: only what it publishes and consumes differs. */
  static forService(
    config: { nats: NatsEndpoint; databaseUrl: string; streamReplicas: number },
    dataSource: DataSource,
    spec: Pick<EventRuntimeOptions, 'service' | 'publishes' | 'subscriptions'>,
  ): EventRuntime {
    assertEventFlows(
      spec.service,
      spec.publishes,
      spec.subscriptions.map((s) => s.domain),
    );
    return new EventRuntime({
      nats: config.nats,
      databaseUrl: config.databaseUrl,
      streamReplicas: config.streamReplicas,
      dataSource,
      ...spec,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const o = this.opts;
    this.nc = await connectNats(o.nats, `${o.service}-events`);
    for (const d of o.publishes) await ensureStream(this.nc, d, { replicas: o.streamReplicas });
    this.relay = new OutboxRelay({ dataSource: o.dataSource, nc: this.nc, databaseUrl: o.databaseUrl });
    await this.relay.start();
    for (const s of o.subscriptions) {
      const c = new EventConsumer<EventDomain>({
        nc: this.nc,
        dataSource: o.dataSource,
        domain: s.domain,
        durable: o.service,
        handlers: s.handlers,
        stream: { replicas: o.streamReplicas },
        concurrency: s.concurrency,
      });
      await c.start();
      this.consumers.push(c);
    }
    this.logger.log({
      message: 'events running',
      publishes: o.publishes,
      consumes: o.subscriptions.map((s) => s.domain),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    for (const c of this.consumers) await c.stop().catch(() => undefined);
    await this.relay?.stop().catch(() => undefined);
    await this.nc?.drain().catch(() => undefined);
  }

  /** Publish pending outbox rows now (scripts and tests that cannot wait for the poll). */
  async flushOutbox(): Promise<void> {
    while ((await this.relay?.drainOnce()) ?? 0) {
      /* drain */
    }
  }
}

/**
 * A service publishes and consumes exactly the domains EVENT_FLOWS gives it (the NATS permissions are
 * written from that table, so anything else would be refused by the server at run time): checked at boot.
 */
export function assertEventFlows(
  service: string,
  publishes: readonly EventDomain[],
  consumes: readonly EventDomain[],
): void {
  const key: EventApp | undefined =
    service === 'gateway'
      ? 'gateway'
      : (Object.keys(QUEUE_GROUPS) as ServiceName[]).find((k) => QUEUE_GROUPS[k] === service);
  if (!key) throw new Error(`${service} is not the gateway or a service of QUEUE_GROUPS`);
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  const flows = EVENT_FLOWS[key];
  if (!same(publishes, flows.publishes) || !same(consumes, flows.consumes)) {
    throw new Error(
      `${service}'s events (publishes ${publishes.join(', ') || 'none'}; consumes ${consumes.join(', ') || 'none'}) differ from EVENT_FLOWS in libs/contracts/src/events.ts (publishes ${flows.publishes.join(', ') || 'none'}; consumes ${flows.consumes.join(', ') || 'none'}): change the table, which the NATS permissions follow`,
    );
  }
}
