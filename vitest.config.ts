import { defineConfig } from 'vitest/config';

// Unit, backend and contract tests. Backend tests open real SQLite files in temp folders.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/src/**/*.test.ts',
      // Page tests (a DOM from happy-dom, set per file): renderer/src/testing/renderPage.tsx.
      'renderer/src/**/*.test.tsx',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
