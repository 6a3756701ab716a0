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
};
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // Each e2e test spawns bundled actions under Node 24; on 2 busy cores 5 s is too tight.
      testTimeout: 60_000,
    },
    // The test workflow runner itself, and the journeys: init's workflows run end to end on loopback.
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/test/workflows/**/*.test.ts'] },
    { ...common, displayName: 'journeys', testMatch: ['<rootDir>/test/journeys/**/*.test.ts'] },
  ],
};
