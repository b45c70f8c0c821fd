import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { CHANNELS } from '../shared/api/channels';
import type { Api } from '../shared/api/contract';

// The packaged shape of the app (out/main/index.js in real Electron), not the web host: the
// app:// protocol, the sandboxed preload, IPC sender checks and the native window. Build first
// (`npx electron-vite build && npx tsx electron/native/prepareElectronSqlite.ts`: the second
// compiles better-sqlite3 for Electron into out/native, as `npm start` does). Needs the Electron binary, which build machines cannot download
// (ELECTRON_SKIP_BINARY_DOWNLOAD=1): then the spec skips and says why.

const MAIN_ENTRY = resolve(import.meta.dirname, '..', 'out', 'main', 'index.js');
const APP_PAGE = /^app:\/\/crossing\/index\.html(#.*)?$/;

/** The Electron executable, or why there is none. require('electron') throws without it. */
function findElectron(): { path: string } | { missing: string } {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `require('electron') returned ${String(path)}, which does not exist` };
  } catch (e) {
    return { missing: `require('electron') threw: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** window.api as the preload exposes it (the renderer's globals.d.ts is not in this program). */
type WithApi = { api?: Api };

const electron = findElectron();
const skipReason =
  'missing' in electron
    ? `Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1): ${electron.missing}. ` +
      'Install it (npm install with network access, without that variable) to run this spec.'
    : process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
      ? 'No display: run this spec under xvfb-run on Linux.'
      : null;
// The list reporter shows skips without their reason: say it once per worker.
if (skipReason) console.warn(`[e2e/electron.spec.ts] skipped: ${skipReason}`);

test.describe('Electron app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let dataDir: string;
  let app: ElectronApplication;

  test.beforeEach(async () => {
    expect(existsSync(MAIN_ENTRY), `${MAIN_ENTRY} is missing: run npx electron-vite build`).toBe(
      true,
    );
    dataDir = mkdtempSync(join(tmpdir(), 'crossing-electron-e2e-'));
    app = await _electron.launch({
      executablePath: (electron as { path: string }).path,
      // Root in a CI container: Chromium refuses to start its sandbox; tests only.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN_ENTRY],
      env: { ...process.env, CROSSING_DATA_DIR: dataDir },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the portfolio from app://crossing with a locked-down page', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Crossing/);
    expect(page.url()).toMatch(APP_PAGE);

    // The backend opened the workspace in our temp folder (not refused: a missing out/native
    // build of better-sqlite3 shows up here as a refusal naming the module version).
    const info = await page.evaluate(() => (window as unknown as WithApi).api?.['app.info']({}));
    expect(info, 'window.api is missing: the preload did not load').toBeDefined();
    expect(info).toMatchObject({ ok: true, data: { host: 'electron', dataDir } });
    const workspace = info?.ok ? info.data.workspace : null;
    expect(workspace, JSON.stringify(workspace)).toEqual({ state: 'ready' });

    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

    // The page is a web page: no Node, only the named API functions.
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    const apiKeys = await page.evaluate(() =>
      Object.keys((window as unknown as WithApi).api ?? {}).sort(),
    );
    expect(apiKeys).toEqual([...CHANNELS].sort());
  });

  test('refuses navigation away from the app and new windows', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    const opened = await page.evaluate(() => window.open('app://crossing/index.html') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    // Nothing fires when a navigation is refused, so give one the time it would take.
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(APP_PAGE);
    expect(app.windows()).toHaveLength(1);
  });
});
