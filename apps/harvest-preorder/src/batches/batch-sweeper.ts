import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';
import { Periodic } from '@app/messaging';
import { BATCH_TRANSITIONS } from './batch-lifecycle.js';
import { BatchesRepository } from './batches.repository.js';
import { BatchNotices } from './batch-notices.repository.js';

/**
 * Opens and closes batches at their times. Every replica runs it; each statement is its own guard
 * (WHERE status = <from> AND time reached), so two replicas moving the same batch change it once.
 * Reserving also checks the window itself, so nothing depends on the tick being punctual.
 */
@Injectable()
export class BatchSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private periodic?: Periodic;
  private readonly logger = new Logger('BatchSweeper');

  constructor(
    private readonly ds: DataSource,
    private readonly batches: BatchesRepository,
    @Inject(PREORDER_CONFIG) private readonly config: HarvestPreorderConfig,
  ) {}

  async sweep(): Promise<{ opened: number; closed: number; told: number }> {
    const open = BATCH_TRANSITIONS.open;
    const close = BATCH_TRANSITIONS.close;
    // opened with its preorder.batch.opened in one transaction
    const opened = await this.ds.transaction(async (em) => {
      const ids = await this.batches.openDue(em, open.to, open.from);
      if (ids.length) await BatchNotices.opened(em, ids);
      return ids.length;
    });
    const closed = await this.batches.closeDue(close.to, close.from);
    return { opened, closed, told: await this.tell() };
  }

  /**
   * What reserve_group changed without raising an event (it must not, per reservation): a batch it opened
   * on its first reservation, a batch it filled, reservations it waitlisted. Each statement raises its
   * events once, whatever the number of replicas.
   */
  private async tell(): Promise<number> {
    let told = 0;
    for (const step of [BatchNotices.opened, BatchNotices.soldOut, BatchNotices.waitlisted]) {
      told += await this.ds.transaction((em) => step(em));
    }
    return told;
  }

  onApplicationBootstrap(): void {
    this.periodic = Periodic.start(() => this.sweep(), this.config.sweepIntervalMs, this.logger, 'batch sweep');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.periodic?.stop();
  }
}
