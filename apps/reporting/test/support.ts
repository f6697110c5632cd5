import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAMS } from '@app/contracts';
import type { EventDomain, IntegrationEvent, OrderCompletedV1, OrderRefundedV1 } from '@app/contracts';
import { openServiceDataSource } from '@app/persistence';
import { eventually, publishEvent, TestSystem } from '@app/testing';
import type { StartSystemOptions } from '@app/testing';
import type { DataSource } from 'typeorm';
import { reportingMigrations } from '../src/migrations/index.js';

/** LAOs of the reference file, to build events with real places. */
export interface RefLao {
  code: string;
  districtCode: string;
  provinceCode: string;
}
let laos: RefLao[] | undefined;
export function referenceLaos(): RefLao[] {
  if (!laos) {
    const lines = readFileSync(join(process.cwd(), 'libs/reference-data/data/laos.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    laos = lines.map((l) => {
      const c = l.split(',');
      return { code: c[0], provinceCode: c[4], districtCode: c[5] };
    });
  }
  return laos;
}
export const laosOf = (provinceCode: string) => referenceLaos().filter((l) => l.provinceCode === provinceCode);

/**
 * Publishes events the way the producers' outbox relays do (JetStream, subject evt.<type>, msgID = event
 * id), so these tests need neither the order service nor the catalog's producer features.
 */
export class EventPublisher {
  private constructor(private readonly nc: NatsConnection) {}

  static async connect(sys: TestSystem): Promise<EventPublisher> {
    return new EventPublisher(await sys.connectNats());
  }

  async publish<T>(
    type: string,
    data: T,
    opts: { id?: string; msgID?: string; occurredAt?: string } = {},
  ): Promise<IntegrationEvent<string, T>> {
    return publishEvent(this.nc, type, data, opts);
  }

  /** Waits until the reporting consumer has applied (acked) everything in a domain's stream. */
  async settled(domain: EventDomain): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const stream = EVENT_STREAMS[domain].stream;
    const last = (await jsm.streams.info(stream)).state.last_seq;
    await eventually(async () => {
      const info = await jsm.consumers.info(stream, 'reporting');
      // plain checks, not expect(): this helper is also compiled by the build (tsconfig.build.json)
      if (info.delivered.stream_seq < last || info.num_ack_pending || info.num_pending) {
        throw new Error(`reporting has not applied ${stream} up to ${last} yet`);
      }
    });
  }

  get connection(): NatsConnection {
    return this.nc;
  }

  close(): Promise<void> {
    return this.nc.close();
  }
}

export function completedOrder(lao: RefLao, o: Partial<OrderCompletedV1> = {}): OrderCompletedV1 {
  return {
    orderId: randomUUID(),
    completedAt: '2026-03-10T05:00:00Z',
    consumerId: randomUUID(),
    producerId: randomUUID(),
    producerKind: 'farmer',
    producerMemberCount: 1,
    productId: randomUUID(),
    category: 'fruit',
    quantity: 2,
    goodsTotalSatang: 50_000,
    laoCode: lao.code,
    districtCode: lao.districtCode,
    provinceCode: lao.provinceCode,
    ...o,
  };
}

export function refund(
  order: OrderCompletedV1,
  amountSatang: number,
  fullyRefunded: boolean,
  refundedAt = '2026-03-20T05:00:00Z',
): OrderRefundedV1 {
  return {
    orderId: order.orderId,
    refundedAt,
    amountSatang,
    producerId: order.producerId,
    producerKind: order.producerKind,
    producerMemberCount: order.producerMemberCount,
    productId: order.productId,
    category: order.category,
    fullyRefunded,
    laoCode: order.laoCode,
    districtCode: order.districtCode,
    provinceCode: order.provinceCode,
  };
}

/** What a reporting suite works with; its fields are set once the suite's first `beforeAll` has run. */
export interface ReportingSuite {
  sys: TestSystem;
  /** publishes events as the producers' relays do */
  bus: EventPublisher;
  /** the admin's token */
  admin: string;
  /** a data source on reporting's database (when asked for) */
  ds: DataSource;
}

/**
 * The start-up of a reporting suite (call it at the top of a `describe`): the system of `services` (catalog and
 * reporting by default), an event publisher, the admin's token and, with `dataSource`, a data source on
 * reporting's database; all closed after the suite.
 */
export function useReportingSystem(
  opts: { services?: StartSystemOptions['services']; dataSource?: boolean } = {},
): ReportingSuite {
  const suite = { sys: TestSystem.forSuite({ services: opts.services ?? ['catalog', 'reporting'] }) } as ReportingSuite;
  beforeAll(async () => {
    suite.bus = await EventPublisher.connect(suite.sys);
    suite.sys.onClose(() => suite.bus.close());
    suite.admin = await suite.sys.adminToken();
    if (opts.dataSource) {
      suite.ds = await openServiceDataSource({
        url: suite.sys.databaseUrl('reporting'),
        entities: [],
        migrations: reportingMigrations,
        name: 'test',
      });
      suite.sys.onClose(() => suite.ds.destroy());
    }
  });
  return suite;
}
