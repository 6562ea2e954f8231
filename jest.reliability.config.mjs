import jestConfig from './jest.config.mjs';

/**
 * The reliability suite's in-process half (issue 11 item 3): the same transforms and mocks as the unit and
 * integration tests, but only tests/reliability, in Node, and one file at a time (each fuzzes thousands of inputs).
 */
const reliabilityConfig = async () => ({
  ...(await jestConfig()),
  testEnvironment: 'node',
  setupFilesAfterEnv: [],
  testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
  testTimeout: 600_000,
  // Built copies of the app (.next-*/standalone) hold another package.json of the same name.
  modulePathIgnorePatterns: ['<rootDir>/\\.next'],
});

export default reliabilityConfig;
