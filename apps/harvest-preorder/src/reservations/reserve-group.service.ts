import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { HarvestPreorderSubjects, QUEUE_GROUPS } from '@app/contracts';
import type { OpenOrderV1, ReserveGroupFailureV1, ReserveGroupResultV1 } from '@app/contracts';
import { connectNats, isDependencyUnavailable } from '@app/messaging';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';
import { LiveTicks } from '../live/live-ticks.js';
import { ServiceRpc } from '../rpc/service-rpc.js';
import { ReservationsRepository } from './reservations.repository.js';
import type { ReserveGroupRow } from './reservations.repository.js';

/** The largest group body accepted (the gateway sends at most RESERVE_GROUP_MAX items of a few hundred bytes). */
const MAX_BODY = 900_000;

/**
 * A group of reservations decided in ONE PostgreSQL call (reserve_group), then the group's orders opened
 * in ONE order-service call before anyone is answered. The items' JSON goes to PostgreSQL as it came, the
 * results' JSON comes back as text and goes to the gateway as it is, and the orders to open come back as JSON
 * text too and go into the order service's request as they are: no object per item in this process.
 *
 * Why the order is opened here and not written in the reserving transaction: the order lives in the order
 * service's own database (one database per service, NATS between them); one request per group keeps its
 * cost per reservation small (docs/benchmarks.md has the figures). A 201 is only given once the order service
 * acknowledged the group's orders, so GET /orders/:id answers at once; if it does not, those items answer
 * ORDER_PENDING (503: retry with the same key — the retry replays the reservation and opens its order), and
 * OrderOpener's retry loop opens them anyway.
 */
@Injectable()
export class GroupReserver implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ReserveGroup');
  private nc?: NatsConnection;
  private sub?: Subscription;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly rpc: ServiceRpc,
    private readonly live: LiveTicks,
    @Inject(PREORDER_CONFIG) private readonly config: HarvestPreorderConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.nc = await connectNats(this.config.nats, 'harvest-preorder-reserve-group');
    this.sub = this.nc.subscribe(HarvestPreorderSubjects.reserveGroup, {
      queue: QUEUE_GROUPS.harvestPreorder,
      callback: (err, msg) => {
        if (err) return;
        const p = this.handle(msg).finally(() => this.running.delete(p));
        this.running.add(p);
      },
    });
    await this.nc.flush();
  }

  private async handle(msg: Msg): Promise<void> {
    const requestId = msg.headers?.get('request-id') || 'reserve-group';
    let reply: string;
    const body = msg.data.length <= MAX_BODY ? msg.string() : '';
    if (body.charCodeAt(0) !== 91 /* [ */) {
      reply = failure('VALIDATION_FAILED', 'a reservation group is a JSON array of items (at most 900 kB)');
    } else {
      try {
        reply = await this.decide(body, requestId);
      } catch (e) {
        this.logger.error({ message: 'reservation group failed', requestId, error: String(e) });
        reply = failure(
          'SERVICE_UNAVAILABLE',
          'The reservations could not be decided; nothing was reserved. Try again with the same Idempotency-Key',
        );
      }
    }
    try {
      msg.respond(reply);
    } catch (e) {
      // the gateway is gone: what committed is found again by the consumer's retry with the same key
      this.logger.warn({ message: 'reservation group answered to nobody', requestId, error: String(e) });
    }
  }

  /**
   * Decides a group (a JSON array of ReserveGroupItemV1, as text) and opens its orders; resolves to the JSON
   * array of results, as text. Rejects only when nothing could be decided (the database is unreachable).
   */
  async decide(itemsJson: string, requestId: string): Promise<string> {
    let row: ReserveGroupRow;
    try {
      row = await this.reservations.reserveGroup(itemsJson);
    } catch (e) {
      if (isDependencyUnavailable(e)) throw e;
      const items = parseArray(itemsJson);
      if (!items || items.length < 2) throw e;
      // one transaction, so nothing of the group committed: each item alone, so one that breaks the
      // statement fails by itself instead of taking its neighbours down with it
      this.logger.warn({
        message: 'reservation group failed; deciding its items one by one',
        requestId,
        error: String(e),
      });
      return this.oneByOne(items, requestId);
    }
    for (const b of row.batch_ids) this.live.tick(b);
    if (!row.open_ids.length) return row.results;
    try {
      if (this.nc) await this.rpc.openOrdersJson(this.nc, row.open_orders, requestId);
      else await this.rpc.openOrders({ orders: JSON.parse(row.open_orders) as OpenOrderV1[] }, requestId);
    } catch (e) {
      this.logger.warn({
        message: 'opening orders failed; the retry loop will open them',
        count: row.open_ids.length,
        error: String(e),
      });
      const pending = new Set(row.open_ids);
      const results = JSON.parse(row.results) as ReserveGroupResultV1[];
      for (const r of results)
        if (r.id && pending.has(r.id) && (r.o === 'OK' || r.o === 'REPLAY')) r.o = 'ORDER_PENDING';
      return JSON.stringify(results);
    }
    // only the retry loop and replays read orders_to_open: the answer need not wait for the delete
    this.reservations.markOrdersOpened(row.open_ids).catch((e) =>
      this.logger.warn({
        message: 'marking opened orders failed; the retry loop opens them again (idempotent)',
        error: String(e),
      }),
    );
    return row.results;
  }

  private async oneByOne(items: unknown[], requestId: string): Promise<string> {
    const out: string[] = [];
    for (const item of items) {
      try {
        const one = await this.decide(`[${JSON.stringify(item)}]`, requestId);
        out.push(one.slice(one.indexOf('[') + 1, one.lastIndexOf(']')));
      } catch (e) {
        this.logger.error({ message: 'reservation failed', requestId, error: String(e) });
        out.push(
          JSON.stringify({
            o: 'UNDECIDED',
            id: null,
            s: null,
            q: null,
            oid: null,
            f: null,
          } satisfies ReserveGroupResultV1),
        );
      }
    }
    return `[${out.join(',')}]`;
  }

  async onApplicationShutdown(): Promise<void> {
    this.sub?.unsubscribe();
    await Promise.allSettled([...this.running]);
    await this.nc?.drain().catch(() => undefined);
  }
}

function parseArray(json: string): unknown[] | null {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function failure(code: ReserveGroupFailureV1['error']['code'], message: string): string {
  return JSON.stringify({ error: { code, message } } satisfies ReserveGroupFailureV1);
}
