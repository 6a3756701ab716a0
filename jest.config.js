// ESM mode: @actions/core 3 and @actions/github 9 ship only ESM.
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: { isolatedModules: true, verbatimModuleSyntax: false } },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  // In-process tests build AWS SDK clients on this machine's Node 20: keep the SDK's Node-version
  // notice (about its future releases, as the CLI's bin does) out of the test output.
  setupFiles: ['<rootDir>/test/support/quiet-sdk-notice.js'],
};
export default {
  // jest-circus reads the default timeout from the global config only (a `projects` entry's
  // `testTimeout` is ignored). e2e tests spawn bundled actions under Node 24 on busy 2-core
  // machines; a unit test that needs more than a second is a bug anyway, so one generous limit.
  testTimeout: 60_000,
  // Most e2e and journey time is spent waiting on child processes and sandbox time, not on Jest's
  // own CPU: a worker per core (Jest's default leaves one core idle) halves the suite's wall time.
  maxWorkers: '100%',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // Fetches Node 24 once, before any e2e test, with its own limit (a project's globalSetup
      // runs only when that project has tests to run).
      globalSetup: '<rootDir>/test/e2e/fetch-node24.js',
    },
    // The test workflow runner itself, and the journeys: init's workflows run end to end on loopback.
    // They run bundled actions under Node 24 too: the same one-time fetch (a no-op once NODE24 is set).
    {
      ...common,
      displayName: 'workflows',
      testMatch: ['<rootDir>/test/workflows/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/fetch-node24.js',
    },
    {
      ...common,
      displayName: 'journeys',
      testMatch: ['<rootDir>/test/journeys/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/fetch-node24.js',
    },
  ],
};
