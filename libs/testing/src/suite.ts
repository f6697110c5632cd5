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
 * The one start-up of a whole-system suite that also needs pools or a NATS connection: `TestSystem.forSuite`
 * (a `beforeAll` that starts the system, an `afterAll` that closes it) plus a `beforeAll` that opens what is
 * asked for and hands it to the system to close first, whatever failed. Call it at the top of a `describe`; a
 * suite's own set-up goes in a later `beforeAll`, which runs after these.
 */
export function useTestSystem<P extends string = never>(
  options: SuiteOptions<P> | (() => Promise<SuiteOptions<P>>) = {},
): Suite<P> {
  let given: SuiteOptions<P> = {};
  const sys = TestSystem.forSuite(async () => {
    given = typeof options === 'function' ? await options() : options;
    const { pools: _pools, poolSize: _poolSize, nats: _nats, ...start } = given;
    return start;
  });
  const suite = { sys, onClose: (close: () => unknown) => sys.onClose(close) } as Partial<Suite> as Suite<P>;
  beforeAll(async () => {
    const { pools = {} as Record<P, AppName>, poolSize = 2, nats = false } = given;
    for (const [name, app] of Object.entries(pools) as Array<[P, AppName]>) {
      const pool = new pg.Pool({ connectionString: sys.databaseUrl(app), max: poolSize });
      sys.onClose(() => pool.end());
      (suite as Record<P, pg.Pool>)[name] = pool;
    }
    if (nats) {
      const nc = await sys.connectNats();
      sys.onClose(() => nc.close());
      suite.nc = nc;
    }
  });
  return suite;
}
