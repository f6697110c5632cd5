import type { ServerResponse } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { HarvestPreorderSubjects, LiveSubjects } from '@app/contracts';
import type { BatchLiveV1, Caller } from '@app/contracts';
import { connectNats } from '@app/messaging';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';
import { ServiceClient } from '../rpc/service-client.js';

interface Viewer {
  out: ServerResponse;
  caller: Caller;
}

/** At most this often per batch a replica asks for a fresh snapshot, however many ticks and viewers. */
const REFRESH_MS = 250;
const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events for live-sale viewers on this gateway replica. harvest-preorder sends a tick per
 * decided group of reservations (LiveSubjects); for a batch with viewers here, the hub asks for one
 * snapshot at most every 250 ms and sends it to all of them — a thousand viewers cost one query, not a
 * thousand polls. Every replica subscribes for itself (no queue group): each serves its own viewers.
 */
@Injectable()
export class LiveSaleHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('LiveSale');
  private readonly viewers = new Map<string, Set<Viewer>>();
  private readonly pending = new Set<string>();
  private nc?: NatsConnection;
  private sub?: Subscription;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly services: ServiceClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.nc = await connectNats(this.config.nats, 'gateway-live');
    this.sub = this.nc.subscribe(LiveSubjects.anyBatch, {
      callback: (_e, m) => this.onTick(m.subject.slice('live.batch.'.length)),
    });
    this.heartbeat = setInterval(() => this.broadcastRaw(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** The first snapshot for a viewer (a 404 or 403 surfaces before the stream starts). */
  snapshot(batchId: string, caller: Caller, requestId: string): Promise<BatchLiveV1> {
    return this.services.call<BatchLiveV1>(HarvestPreorderSubjects.liveBatch, { batchId }, { caller, requestId });
  }

  /** Keeps the response open as an event stream of snapshots until the viewer leaves. */
  attach(batchId: string, caller: Caller, out: ServerResponse, first: BatchLiveV1): void {
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    out.write(`retry: 3000\ndata: ${JSON.stringify(first)}\n\n`);
    const viewer = { out, caller };
    const set = this.viewers.get(batchId) ?? new Set<Viewer>();
    set.add(viewer);
    this.viewers.set(batchId, set);
    out.on('close', () => {
      set.delete(viewer);
      if (!set.size) this.viewers.delete(batchId);
    });
  }

  private onTick(batchId: string): void {
    if (!this.viewers.has(batchId) || this.pending.has(batchId)) return;
    this.pending.add(batchId);
    setTimeout(() => void this.refresh(batchId), REFRESH_MS).unref();
  }

  private async refresh(batchId: string): Promise<void> {
    this.pending.delete(batchId);
    const set = this.viewers.get(batchId);
    if (!set?.size) return;
    // every viewer was allowed at its first snapshot; any one of them may ask again
    const [first] = set;
    try {
      const snap = await this.snapshot(batchId, first.caller, `live-${batchId}`);
      const line = `data: ${JSON.stringify(snap)}\n\n`;
      for (const v of set) v.out.write(line);
    } catch (e) {
      this.logger.warn({ message: 'live snapshot failed', batchId, error: String(e) });
    }
  }

  private broadcastRaw(line: string): void {
    for (const set of this.viewers.values()) for (const v of set) v.out.write(line);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const set of this.viewers.values()) for (const v of set) v.out.end();
    this.viewers.clear();
    this.sub?.unsubscribe();
    await this.nc?.drain().catch(() => undefined);
  }
}
