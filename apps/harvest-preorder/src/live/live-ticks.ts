import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { LiveSubjects } from '@app/contracts';
import { connectNats } from '@app/messaging';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';

/**
 * Tells live-sale viewers that a batch's counters moved: one plain NATS message per decided group of
 * reservations (not per reservation) or per cancellation, transition or harvest. No payload beyond the
 * batch id: the gateway asks for the snapshot it shows. Fire and forget — a lost tick costs nothing.
 */
@Injectable()
export class LiveTicks implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('LiveTicks');
  private nc?: NatsConnection;

  constructor(@Inject(PREORDER_CONFIG) private readonly config: HarvestPreorderConfig) {}

  async onModuleInit(): Promise<void> {
    this.nc = await connectNats(this.config.nats, 'harvest-preorder-live');
  }

  tick(batchId: string): void {
    try {
      this.nc?.publish(LiveSubjects.batch(batchId));
    } catch (e) {
      this.logger.debug({ message: 'live tick not sent', batchId, error: String(e) });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.nc?.drain().catch(() => undefined);
  }
}
