import { defineConfig } from 'vitest/config';

// Unit, backend and contract tests. Backend tests open real SQLite files in temp folders.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
