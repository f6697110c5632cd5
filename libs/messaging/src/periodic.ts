/**
 * A task every replica runs on a timer (the services' sweeps): never two runs at once in one process (a
 * slow run skips the ticks it overlaps), a failed run is logged and the next tick tries again, the timer
 * does not keep the process alive, and stop() waits for a run in progress. What makes concurrent runs in
 * several replicas safe is the task's own business (row locks, guarded statements).
 */
export class Periodic {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: { error(message: object): void },
    private readonly what = 'sweep',
  ) {}

  /** Starts `task` every `intervalMs` (the first run after one interval). */
  static start(
    task: () => Promise<unknown>,
    intervalMs: number,
    logger: { error(message: object): void },
    what?: string,
  ): Periodic {
    const p = new Periodic(task, intervalMs, logger, what);
    p.start();
    return p;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.task()
        .then(() => undefined)
        .catch((e) =>
          this.logger.error({ message: `${this.what} failed; the next interval retries`, error: String(e) }),
        )
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
