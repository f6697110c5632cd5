/** ESM jest: Nest 12 is ESM-only, so ts-jest runs with useESM (see scripts/test.mjs for NODE_OPTIONS). */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@app/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@app/messaging$': '<rootDir>/libs/messaging/src/index.ts',
    '^@app/persistence$': '<rootDir>/libs/persistence/src/index.ts',
    '^@app/config$': '<rootDir>/libs/config/src/index.ts',
    '^@app/testing$': '<rootDir>/libs/testing/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    // content-disposition 3 is ESM only and @fastify/static 10 require()s it: Node 20.19 allows that, Jest's
    // module loader does not, so every suite that starts the gateway (Swagger UI serves its files with it) failed
    '/node_modules/content-disposition/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  testTimeout: 60000,
  maxWorkers: 2,
};
