/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // A type error fails its suite; an unused name (noUnusedLocals/noUnusedParameters: TS 6133, 6138,
  // 6192, 6196, 6198, 6199, 6205) is for `npm run typecheck` and the linter to report, not a test.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [6133, 6138, 6192, 6196, 6198, 6199, 6205] } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // One real Neo4j for the whole run, started once here and stopped in the teardown.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Integration tests share that database, and some of them write to it: one worker keeps the
  // suite deterministic on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
