import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup-dom.ts'],
  testMatch: ['<rootDir>/tests/{unit,integration,component}/**/*.test.{ts,tsx}'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/tests/helpers/empty.ts' },
  testTimeout: 60_000,
};

// next-auth and @auth/core are ESM-only and next/jest hard-codes transformIgnorePatterns (docs/stack-notes.md).
const jestConfig = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = [
    '/node_modules/(?!(next-auth|@auth/core|jose|oauth4webapi|@panva/hkdf|preact|preact-render-to-string|@noble/hashes|@scure/base)/)',
    '^.+\\.module\\.(css|sass|scss)$',
  ];
  return resolved;
};

export default jestConfig;
