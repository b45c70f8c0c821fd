import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run bench:ui`: the portfolio's figures in Debian's Chromium against the web host (issue
// 12). Figures, not pass/fail, so never part of `npm test`; one worker so the two cores are
// not shared with another test while timing.
export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: '**/*.bench.ts',
  timeout: 30 * 60 * 1000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
