import { DEFAULT_DATABASE_URL } from '@app/config';

/** What `npm test` (scripts/test.mjs) hands the test processes. */
export const testEnv = {
  databaseUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  natsServerBin: process.env.NATS_SERVER_BIN,
  logLevel: process.env.TEST_LOG_LEVEL ?? 'fatal',
  /** TEST_DB_TEMPLATES=0: each app migrates its empty database at start, as before templates (for comparisons) */
  databaseTemplates: process.env.TEST_DB_TEMPLATES !== '0',
  /** TEST_TIMING=1: each TestSystem prints how long it took to start and to set up its databases */
  timing: process.env.TEST_TIMING === '1',
};
