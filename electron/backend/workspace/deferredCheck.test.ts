import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { sha256 } from '../testing/fileChecks';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';

// Issue 12: a large data file opens at once and gets its integrity check on the job thread;
// reads answer meanwhile, writes wait for the check, and a damaged file still ends in
// quarantine, unchanged, with the same refusal as a check at open. (deferQuickCheckAbove: 0
// makes these small files take the large-file path.)

const MARKER = 'deferred-check-marker:';

let tmp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
});
afterEach(() => tmp.remove());

async function writeWorkspace(): Promise<void> {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  for (let i = 0; i < 20; i++)
    await callOk(
      ws.dispatch,
      'projects.create',
      projectInput({ name: `P${i}`, description: `${MARKER}${'x'.repeat(900)}` }),
    );
  ws.close(); // checkpointed into the main file
}

/**
 * Random bytes over a page that holds project rows (found by a marker in their descriptions),
 * never one of the schema's pages: opening reads those, so damage there is caught at open and
 * the deferred check would not be exercised.
 */
function damageAPage(): void {
  const offset = readFileSync(file).indexOf(MARKER);
  expect(offset).toBeGreaterThan(0);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(4096), 0, 4096, Math.floor(offset / 4096) * 4096);
  } finally {
    closeSync(fd);
  }
}

describe('an integrity check left to the job thread', () => {
  it('lets a sound file answer reads at once and take writes once checked', async () => {
    await writeWorkspace();
    const ws = openTempWorkspace({ dataDir: tmp.dir, deferQuickCheckAbove: 0 });
    try {
      expect(ws.info.workspace).toEqual({ state: 'ready' });
      expect(await callOk(ws.dispatch, 'projects.list', {})).toHaveLength(20);
      await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'After the check' }));
      expect(await callOk(ws.dispatch, 'projects.list', {})).toHaveLength(21);
    } finally {
      ws.close();
    }
  });

  it('still moves a damaged file to quarantine, unchanged, and refuses the writes that waited', async () => {
    await writeWorkspace();
    damageAPage();
    const before = sha256(file);
    const ws = openTempWorkspace({ dataDir: tmp.dir, deferQuickCheckAbove: 0 });
    try {
      // Opened before the check: the host can show the app.
      expect(ws.info.workspace).toEqual({ state: 'ready' });
      const write = await ws.dispatch('projects.create', projectInput({ name: 'Never written' }));
      expect(write).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      const state = ws.info.workspace;
      expect(state).toMatchObject({ state: 'refused', reason: 'damaged' });
      expect(state.state === 'refused' && state.message).toMatch(
        /failed its integrity check .* moved, unchanged, to .*quarantine.*Restore a backup/s,
      );
      const folder = state.state === 'refused' ? (state.quarantinedTo ?? '') : '';
      expect(readdirSync(folder)).toContain(DATABASE_FILE);
      expect(sha256(join(folder, DATABASE_FILE))).toBe(before);
    } finally {
      ws.close();
    }
    // The next start opens an empty workspace instead of failing again.
    const next = openTempWorkspace({ dataDir: tmp.dir, deferQuickCheckAbove: 0 });
    try {
      expect(next.info.workspace).toEqual({ state: 'ready' });
      expect(await callOk(next.dispatch, 'projects.list', {})).toEqual([]);
    } finally {
      next.close();
    }
  });
});
