/**
 * Gathers the reservations one replica receives for the same batch within a few milliseconds, so they
 * are decided in ONE transaction (one row lock, one counter UPDATE, one commit) instead of one commit
 * each — the way past the ceiling of one hot row. While a group of a batch is being decided, new arrivals
 * wait and form the next group (group commit), so the group size adapts to the load.
 *
 * This queue is a performance buffer, not state of truth: it holds only requests in flight, and the
 * database decides each of them (reserve_many) under the batch row's lock. Two replicas each coalesce
 * their own requests; their groups take turns on the lock. A crash loses only unanswered requests, which
 * committed nothing or are found again by their Idempotency-Key.
 */
export interface CoalescerOptions<Req, Res> {
  /** decides a whole group in one transaction; returns one result per request, in order */
  decide: (key: string, reqs: Req[]) => Promise<Res[]>;
  /** work after the commit that must finish before answering (opening orders); does not hold the slot */
  follow?: (key: string, results: Res[]) => Promise<void>;
  windowMs: number;
  maxGroup: number;
}

interface Waiting<Req, Res> {
  req: Req;
  resolve: (r: Res) => void;
  reject: (e: unknown) => void;
}

interface Lane<Req, Res> {
  waiting: Waiting<Req, Res>[];
  busy: boolean;
  timer?: NodeJS.Timeout;
}

export class Coalescer<Req, Res> {
  private readonly lanes = new Map<string, Lane<Req, Res>>();

  constructor(private readonly opts: CoalescerOptions<Req, Res>) {}

  submit(key: string, req: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { waiting: [], busy: false };
        this.lanes.set(key, lane);
      }
      lane.waiting.push({ req, resolve, reject });
      if (lane.busy) return; // the running group will start the next one when it commits
      if (lane.waiting.length >= this.opts.maxGroup) this.run(key, lane);
      else if (!lane.timer) lane.timer = setTimeout(() => this.run(key, lane!), this.opts.windowMs);
    });
  }

  /** Requests currently waiting or being decided (a gauge for logs and tests). */
  get pending(): number {
    let n = 0;
    for (const l of this.lanes.values()) n += l.waiting.length;
    return n;
  }

  private run(key: string, lane: Lane<Req, Res>): void {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    const group = lane.waiting.splice(0, this.opts.maxGroup);
    if (!group.length) {
      this.lanes.delete(key);
      return;
    }
    lane.busy = true;
    void this.opts
      .decide(
        key,
        group.map((w) => w.req),
      )
      .then(
        async (results) => {
          this.release(key, lane);
          await this.answer(key, group, results);
        },
        (e) => {
          this.release(key, lane);
          // the group was one transaction, so nothing of it committed: decide each alone, so one bad
          // request fails by itself instead of taking its neighbours down with it
          if (group.length === 1) group[0].reject(e);
          else void this.oneByOne(key, group);
        },
      );
  }

  private async oneByOne(key: string, group: Waiting<Req, Res>[]): Promise<void> {
    for (const w of group) {
      try {
        const [result] = await this.opts.decide(key, [w.req]);
        await this.answer(key, [w], [result]);
      } catch (e) {
        w.reject(e);
      }
    }
  }

  private async answer(key: string, group: Waiting<Req, Res>[], results: Res[]): Promise<void> {
    try {
      await this.opts.follow?.(key, results);
    } catch {
      /* follow reports per request through the results it annotates */
    }
    group.forEach((w, i) => w.resolve(results[i]));
  }

  private release(key: string, lane: Lane<Req, Res>): void {
    lane.busy = false;
    if (lane.waiting.length) this.run(key, lane);
    else this.lanes.delete(key);
  }
}
