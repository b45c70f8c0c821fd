import { defineConfig } from 'vitest/config';

// `npm run bench`: the scale figures (electron/backend/bench/*.figures.ts) print a table; they
// are never part of `npm test` (timings flake on a busy machine; tests assert query plans).
export default defineConfig({
  test: {
    include: ['electron/backend/bench/**/*.figures.ts'],
    environment: 'node',
    pool: 'forks',
    reporters: ['dot'],
  },
});
