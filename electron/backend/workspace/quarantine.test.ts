import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { sha256 } from '../testing/fileChecks';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';

// What the user sees after a crash left a damaged file: the files moved aside, unchanged, with
// their -wal/-shm companions; a refusal that says where; and a fresh start that does not loop.

let tmp: ReturnType<typeof makeTempDir>;
let file: string;
const FILES = [DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`];

beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
});
afterEach(() => tmp.remove());

/**
 * A data file as a crash leaves it (the last change still in the -wal), with its main file then
 * overwritten by random bytes: the pages the -wal does not hold are lost.
 */
async function writeDamagedFileWithCompanions(): Promise<Record<string, string>> {
  const live = makeTempDir();
  try {
    const first = openTempWorkspace({ dataDir: live.dir });
    for (let i = 0; i < 20; i++)
      await callOk(
        first.dispatch,
        'projects.create',
        projectInput({ name: `P${i}`, description: 'x'.repeat(900) }),
      );
    first.close(); // checkpointed into the main file
    const ws = openTempWorkspace({ dataDir: live.dir });
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'In the WAL only' }));
    for (const f of FILES) copyFileSync(join(live.dir, f), join(tmp.dir, f));
    ws.close();
  } finally {
    live.remove();
  }
  writeFileSync(file, randomBytes(readFileSync(file).length));
  return Object.fromEntries(FILES.map((f) => [f, sha256(join(tmp.dir, f))]));
}

describe('a damaged data file', () => {
  it('moves with its -wal and -shm, byte-identical, beside a README saying what happened', async () => {
    const hashes = await writeDamagedFileWithCompanions();
    const ws = openTempWorkspace({ dataDir: tmp.dir });
    try {
      const state = ws.info.workspace;
      expect(state).toMatchObject({ state: 'refused', reason: 'damaged' });
      const folder = state.state === 'refused' ? (state.quarantinedTo ?? '') : '';
      expect(folder).toBe(join(tmp.dir, 'quarantine', '2026-03-14T09-26-53-589Z'));
      expect(state.state === 'refused' && state.message).toMatch(
        /failed its integrity check .* moved, unchanged, to .*quarantine.*Restore a backup/,
      );
      expect(readdirSync(tmp.dir).filter((f) => f.startsWith(DATABASE_FILE))).toEqual([]);
      // The file and its -wal are byte-identical. The -shm is SQLite's index of the -wal, which
      // the read-only integrity check rebuilds in place: it moves along, but is only a cache.
      for (const f of [DATABASE_FILE, `${DATABASE_FILE}-wal`])
        expect(sha256(join(folder, f)), f).toBe(hashes[f]);
      expect(existsSync(join(folder, `${DATABASE_FILE}-shm`))).toBe(true);
      const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
      expect(readme).toMatch(
        /moved these files here on 2026-03-14T09:26:53.589Z because it failed/,
      );

      const overview = await callOk(ws.dispatch, 'backups.list', {});
      expect(overview.quarantine).toEqual([
        { name: '2026-03-14T09-26-53-589Z', movedAt: '2026-03-14T09:26:53.589Z', files: FILES },
      ]);
    } finally {
      ws.close();
    }
  });

  it('does not come back: reopening starts an empty workspace, and so does the next start', async () => {
    await writeDamagedFileWithCompanions();
    const ws = openTempWorkspace({ dataDir: tmp.dir });
    try {
      expect(ws.info.workspace.state).toBe('refused');
      const info = await callOk(ws.dispatch, 'workspace.reopen', {});
      expect(info.workspace).toEqual({ state: 'ready' });
      expect(await callOk(ws.dispatch, 'app.info', {})).toEqual(info);
      expect(await callOk(ws.dispatch, 'projects.list', {})).toEqual([]);
      await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'After' }));
    } finally {
      ws.close();
    }
    const next = openTempWorkspace({ dataDir: tmp.dir });
    try {
      expect(next.info.workspace).toEqual({ state: 'ready' });
      expect((await callOk(next.dispatch, 'projects.list', {})).map((p) => p.name)).toEqual([
        'After',
      ]);
      expect(readdirSync(join(tmp.dir, 'quarantine')).length).toBe(1);
    } finally {
      next.close();
    }
  });

  it('gives a second damaged file its own folder, even in the same millisecond', () => {
    for (let i = 0; i < 2; i++) {
      writeFileSync(file, randomBytes(8192));
      openTempWorkspace({ dataDir: tmp.dir }).close();
    }
    expect(readdirSync(join(tmp.dir, 'quarantine'))).toEqual([
      '2026-03-14T09-26-53-589Z',
      '2026-03-14T09-26-53-590Z',
    ]);
  });

  it('stays in place, untouched, when it cannot be moved, and says so', () => {
    writeFileSync(file, randomBytes(8192));
    const hash = sha256(file);
    writeFileSync(join(tmp.dir, 'quarantine'), 'a file where the folder should be');
    for (let start = 0; start < 2; start++) {
      const ws = openTempWorkspace({ dataDir: tmp.dir, log: () => {} });
      ws.close();
      expect(ws.info.workspace).toEqual({
        state: 'refused',
        reason: 'damaged',
        message: expect.stringMatching(/could not be moved aside .* left untouched\.$/),
      });
      expect(sha256(file)).toBe(hash);
      expect(existsSync(`${file}-wal`)).toBe(false);
    }
  });
});
