import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/**
 * Next.js's own rules (React, hooks, Next, import), typescript-eslint's recommended set, and jsx-a11y's
 * recommended rules in full (eslint-config-next turns on only a few): a government portal must stay usable
 * with a screen reader and a keyboard. Formatting is Prettier's job, not ESLint's.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // The plugin is registered by eslint-config-next; only its recommended rules are added here.
  { files: ['**/*.{jsx,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn', 'info'] }],
      eqeqeq: ['error', 'always'],
      // A scrollable table region must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // The one logger writes its lines to standard output.
    files: ['lib/log/logger.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts, tests and the start script print on purpose.
    files: ['scripts/**', 'tests/**', 'server.mjs'],
    rules: { 'no-console': 'off' },
  },
  globalIgnores([
    '.next*/**',
    'scripts/bench/starter/.next/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'coverage/**',
    'db/migrations/**',
    'next-env.d.ts',
  ]),
]);
