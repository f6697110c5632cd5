/** ESM jest: Nest 12 is ESM-only, so ts-jest runs with useESM (see scripts/test.mjs for NODE_OPTIONS). */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@app/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@app/messaging$': '<rootDir>/libs/messaging/src/index.ts',
    '^@app/persistence$': '<rootDir>/libs/persistence/src/index.ts',
    '^@app/config$': '<rootDir>/libs/config/src/index.ts',
    '^@app/sms$': '<rootDir>/libs/sms/src/index.ts',
    '^@app/reference-data$': '<rootDir>/libs/reference-data/src/index.ts',
    '^@app/testing$': '<rootDir>/libs/testing/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  // the apps, handed to libs/testing's whole-system harness (a library never imports an app)
  setupFiles: ['<rootDir>/test/apps.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker keeps ~35 MB more after every e2e suite (each suite's ESM module graph — Nest, the apps —
  // is linked anew and never freed; no handle is left open: docs/testing.md). Left alone, a worker of the
  // whole run ends holding gigabytes, and Node's exit takes longer to free them than jest's 500 ms grace:
  // "A worker process has failed to exit gracefully". A worker past this heap after a suite is replaced.
  workerIdleMemoryLimit: '300MB',
  // Even a fresh worker (~230 MB resident) took 1.1–2.3 s from its `exit` event to its end on this busy
  // 2-core machine: jest's default grace of 500 ms is shorter than Node's own exit. A worker really kept
  // alive by a handle still never exits, and is still reported, after this.
  workerGracefulExitTimeout: 5000,
};
