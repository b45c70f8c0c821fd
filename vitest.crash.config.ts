import { defineConfig } from 'vitest/config';

// `npm run test:crash`: many SIGKILL and race cycles with real processes (issue 7), printing
// their figures; never part of `npm test`, which runs a short version of each scenario.
export default defineConfig({
  test: {
    include: ['electron/backend/crash/**/*.crash.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    reporters: ['dot'],
  },
});
