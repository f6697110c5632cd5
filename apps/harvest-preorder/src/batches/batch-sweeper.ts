import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';
import { BATCH_TRANSITIONS } from './batch-lifecycle.js';
import { BatchesRepository } from './batches.repository.js';

/**
 * Opens and closes batches at their times. Every replica runs it; each statement is its own guard
 * (WHERE status = <from> AND time reached), so two replicas moving the same batch change it once.
 * Reserving also checks the window itself, so nothing depends on the tick being punctual.
 */
@Injectable()
export class BatchSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BatchSweeper');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly batches: BatchesRepository,
    @Inject(PREORDER_CONFIG) private readonly config: HarvestPreorderConfig,
  ) {}

  async sweep(): Promise<{ opened: number; closed: number }> {
    const open = BATCH_TRANSITIONS.open;
    const close = BATCH_TRANSITIONS.close;
    const opened = await this.batches.openDue(open.to, open.from);
    const closed = await this.batches.closeDue(close.to, close.from);
    return { opened, closed };
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .then(() => undefined)
        .catch((e) => this.logger.warn({ message: 'sweep failed; will retry', error: String(e) }))
        .finally(() => (this.running = undefined));
    }, this.config.sweepIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
