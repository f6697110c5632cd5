import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { headers as natsHeaders } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { HarvestPreorderSubjects, reserveRefusal } from '@app/contracts';
import type { ReservationV1, ReserveGroupFailureV1, ReserveGroupItemV1, ReserveGroupResultV1 } from '@app/contracts';
import { connectNats, DomainError } from '@app/messaging';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';

interface Waiting {
  /** the item, already serialized: the group's body is these joined, nothing is stringified twice */
  json: string;
  batchId: string;
  requestId: string;
  resolve: (r: ReservationV1) => void;
  reject: (e: unknown) => void;
}

interface Lane {
  waiting: Waiting[];
  inFlight: number;
  timer?: NodeJS.Timeout;
}

/**
 * The live sale's grouping at the gateway (issue 14). Reservations for the same batch that arrive within
 * `windowMs`, or while this replica already has `maxInFlight` groups of that batch in flight, leave as ONE
 * NATS request of at most `maxGroup` items (HarvestPreorderSubjects.reserveGroup), decided by harvest-preorder
 * in one PostgreSQL call; each waiting HTTP request is then answered from its own result. One NATS message
 * and one service round trip per group instead of per reservation is what the 2-core budget needed.
 *
 * The lanes are a performance buffer, not state of truth: they hold only requests in flight, and a group is
 * one transaction in harvest-preorder. If this process dies with groups in flight, their consumers get no
 * answer; what committed is found by the retry with the same Idempotency-Key (a replay), what did not is
 * decided then. A group that times out is answered 503 (outcome unknown: retry with the same key).
 */
@Injectable()
export class ReservationGrouper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ReservationGroups');
  private readonly lanes = new Map<string, Lane>();
  private nc?: NatsConnection;
  private readonly windowMs: number;
  private readonly maxGroup: number;
  private readonly maxInFlight: number;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.windowMs = config.reserveGroup.windowMs;
    this.maxGroup = config.reserveGroup.maxGroup;
    this.maxInFlight = config.reserveGroup.maxInFlight;
  }

  async onModuleInit(): Promise<void> {
    this.nc = await connectNats(this.config.nats, 'gateway-reserve-groups');
  }

  /** One reservation: resolves to the 201 body, or rejects with the DomainError of its refusal. */
  reserve(batchId: string, item: ReserveGroupItemV1, requestId: string): Promise<ReservationV1> {
    return new Promise<ReservationV1>((resolve, reject) => {
      let lane = this.lanes.get(batchId);
      if (!lane) {
        lane = { waiting: [], inFlight: 0 };
        this.lanes.set(batchId, lane);
      }
      lane.waiting.push({ json: JSON.stringify(item), batchId, requestId, resolve, reject });
      if (lane.inFlight >= this.maxInFlight) return; // a returning group sends the next one
      if (lane.waiting.length >= this.maxGroup || this.windowMs === 0) this.send(batchId, lane);
      else lane.timer ??= setTimeout(() => this.send(batchId, lane!), this.windowMs);
    });
  }

  private send(batchId: string, lane: Lane): void {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    const group = lane.waiting.splice(0, this.maxGroup);
    if (!group.length) {
      if (!lane.inFlight) this.lanes.delete(batchId);
      return;
    }
    lane.inFlight++;
    void this.request(group).finally(() => {
      lane.inFlight--;
      if (lane.waiting.length) this.send(batchId, lane);
      else if (!lane.inFlight) this.lanes.delete(batchId);
    });
  }

  private async request(group: Waiting[]): Promise<void> {
    const body = `[${group.map((w) => w.json).join(',')}]`;
    let results: ReserveGroupResultV1[] | ReserveGroupFailureV1;
    try {
      if (!this.nc) throw new Error('not connected to NATS');
      const h = natsHeaders();
      h.set('request-id', `${group[0].requestId}+${group.length - 1}`);
      const msg = await this.nc.request(HarvestPreorderSubjects.reserveGroup, body, {
        timeout: this.config.rpcTimeoutMs,
        headers: h,
      });
      results = msg.json<ReserveGroupResultV1[] | ReserveGroupFailureV1>();
    } catch (e) {
      const text = String((e as Error)?.message ?? e);
      const err = /no responders|503/i.test(text)
        ? new DomainError(
            'SERVICE_UNAVAILABLE',
            `harvest-preorder is not running (no replica listens to ${HarvestPreorderSubjects.reserveGroup}); nothing was done — try again shortly`,
          )
        : new DomainError(
            'SERVICE_UNAVAILABLE',
            'No answer from harvest-preorder; the outcome is unknown — try again with the same Idempotency-Key (it will not reserve twice)',
          );
      if (!/no responders|503/i.test(text))
        this.logger.warn({ message: 'reservation group got no answer', size: group.length, error: text });
      for (const w of group) w.reject(err);
      return;
    }
    if (!Array.isArray(results)) {
      const f = results?.error ?? {
        code: 'SERVICE_UNAVAILABLE',
        message: 'harvest-preorder answered something else than a group result',
      };
      const err = new DomainError(f.code === 'VALIDATION_FAILED' ? 'INTERNAL' : 'SERVICE_UNAVAILABLE', f.message);
      for (const w of group) w.reject(err);
      return;
    }
    group.forEach((w, i) => {
      const r = results[i] as ReserveGroupResultV1 | undefined;
      if (!r)
        return w.reject(
          new DomainError(
            'SERVICE_UNAVAILABLE',
            'harvest-preorder did not answer this reservation; try again with the same Idempotency-Key',
          ),
        );
      const refusal = reserveRefusal(r, w.batchId);
      if (refusal) return w.reject(new DomainError(refusal.code, refusal.message, refusal.fields));
      w.resolve({ id: r.id!, status: r.s as ReservationV1['status'], quantity: r.q!, orderId: r.oid });
    });
  }

  /** Requests waiting or in flight on this replica (a gauge for tests). */
  get pending(): number {
    let n = 0;
    for (const l of this.lanes.values()) n += l.waiting.length;
    return n;
  }

  async onApplicationShutdown(): Promise<void> {
    // answer what is still queued before the connection goes (a group in flight gets its reply first)
    for (const [batchId, lane] of this.lanes)
      if (lane.waiting.length && lane.inFlight < this.maxInFlight) this.send(batchId, lane);
    await this.nc?.drain().catch(() => undefined);
  }
}
