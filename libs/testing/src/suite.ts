import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import type { AppName } from './apps.js';
import { TestSystem } from './system.js';
import type { StartSystemOptions } from './system.js';

export interface SuiteOptions<P extends string> extends StartSystemOptions {
  /** pools on apps' databases, by the name the suite reads them through: `{ db: 'harvest-preorder' }` */
  pools?: Record<P, AppName>;
  /** connections each pool may open (default 2) */
  poolSize?: number;
  /** a NATS connection as the test harness (`suite.nc`) */
  nats?: boolean;
}

/** What `useTestSystem` hands a suite; its fields are set once the suite's first `beforeAll` has run. */
export type Suite<P extends string = never> = {
  sys: TestSystem;
  nc: NatsConnection;
  /** closes something the suite opened, after its tests and before the system stops (last opened, first closed) */
  onClose(close: () => unknown): void;
} & Record<P, pg.Pool>;

/**
 * The one start-up of a whole-system suite: registers a `beforeAll` that starts the system (and opens the
 * pools and NATS connection asked for) and an `afterAll` that closes all of it, whatever failed. Call it at the
 * top of a `describe`; a suite's own set-up goes in a later `beforeAll`, which runs after this one. Options
 * that need something started first (an outside provider's fake) come from a function, run in the `beforeAll`.
 */
export function useTestSystem<P extends string = never>(
  options: SuiteOptions<P> | (() => Promise<SuiteOptions<P>>) = {},
): Suite<P> {
  const closers: Array<() => unknown> = [];
  const suite = {
    onClose: (close: () => unknown) => {
      closers.push(close);
    },
  } as Partial<Suite> as Suite<P>;
  beforeAll(async () => {
    const given = typeof options === 'function' ? await options() : options;
    const { pools = {} as Record<P, AppName>, poolSize = 2, nats = false, ...start } = given;
    const sys = await TestSystem.start(start);
    closers.push(() => sys.close());
    suite.sys = sys;
    for (const [name, app] of Object.entries(pools) as Array<[P, AppName]>) {
      const pool = new pg.Pool({ connectionString: sys.databaseUrl(app), max: poolSize });
      closers.push(() => pool.end());
      (suite as Record<P, pg.Pool>)[name] = pool;
    }
    if (nats) {
      const nc = await sys.connectNats();
      closers.push(() => nc.close());
      suite.nc = nc;
    }
  });
  afterAll(async () => {
    const failures: unknown[] = [];
    for (const close of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (e) {
        failures.push(e);
      }
    }
    if (failures.length) throw failures[0];
  });
  return suite;
}
