import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels';
import { DATABASE_FILE } from '../workspace/dataDir';
import { openWorkspace } from '../workspace/openWorkspace';
import { channelsWhenRefused } from '../workspace/workspaceSession';
import { LOCK_FILE } from '../workspace/workspaceLock';
import { sha256, sidecars } from '../testing/fileChecks';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { projectInput } from '../testing/projectFixtures';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { DatabaseRefusedError, openDatabase } from './openDatabase';

const PAGE = 4096;

let tmp: ReturnType<typeof makeTempDir>;
let file: string;

beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
});
afterEach(() => tmp.remove());

/** A real workspace file, several pages long, closed cleanly (WAL checkpointed away). */
async function writeRealWorkspace(): Promise<void> {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  for (let i = 0; i < 30; i++) {
    const r = await ws.dispatch(
      'projects.create',
      projectInput({ name: `Project ${i}`, description: 'x'.repeat(500) }),
    );
    expect(r.ok).toBe(true);
  }
  ws.dispose();
  expect(sidecars(file)).toEqual([]);
}

/** A file as a newer Crossing would leave it: WAL mode, a schema version we do not know. */
function writeNewerFile(journal: 'wal' | 'delete'): void {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  db.exec('CREATE TABLE from_the_future (x TEXT); INSERT INTO from_the_future VALUES (1);');
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
}

function zeroPage(pageNumber: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(PAGE), 0, PAGE, (pageNumber - 1) * PAGE);
  closeSync(fd);
}

function expectRefused(reason: 'newer_version' | 'damaged'): void {
  let error: unknown;
  try {
    openDatabase(file).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DatabaseRefusedError);
  expect((error as DatabaseRefusedError).reason).toBe(reason);
  expect((error as DatabaseRefusedError).message).toMatch(/left untouched/);
}

/** Opens the workspace on the file; checks what a refused workspace answers; returns its info. */
async function expectWorkspaceRefused(reason: 'newer_version' | 'damaged') {
  const ws = openWorkspace({ dataDir: tmp.dir, host: 'test', actor: 'tester' });
  try {
    expect(ws.db).toBeNull();
    expect(ws.info.workspace).toMatchObject({ state: 'refused', reason });
    const info = await ws.dispatch('app.info', {});
    expect(info).toEqual({ ok: true, data: ws.info });
    expect(await ws.dispatch('backups.list', {})).toMatchObject({ ok: true });
    const answered = channelsWhenRefused(reason);
    expect(answered.includes('backups.restore')).toBe(reason === 'damaged');
    for (const channel of CHANNELS.filter((c) => !answered.includes(c))) {
      const r = await ws.dispatch(channel, { id: crypto.randomUUID(), ...projectInput() });
      expect(r.ok ? r : r.error.code, channel).toBe('UNAVAILABLE');
    }
    // The lock is released, so the user can fix the file and try again.
    expect(existsSync(join(tmp.dir, LOCK_FILE))).toBe(false);
    return ws.info;
  } finally {
    ws.close();
  }
}

interface Case {
  name: string;
  reason: 'newer_version' | 'damaged';
  make: () => Promise<void> | void;
}

const cases: Case[] = [
  {
    name: 'a newer version (WAL, as Crossing writes it)',
    reason: 'newer_version',
    make: () => writeNewerFile('wal'),
  },
  {
    name: 'a newer version (rollback journal)',
    reason: 'newer_version',
    make: () => writeNewerFile('delete'),
  },
  {
    name: 'random bytes',
    reason: 'damaged',
    make: () => writeFileSync(file, randomBytes(PAGE * 4)),
  },
  {
    name: 'a text file that is no database',
    reason: 'damaged',
    make: () => writeFileSync(file, 'name,kind\nSupport bot,llm\n'.repeat(500)),
  },
  {
    name: 'a valid database with a page zeroed in the middle',
    reason: 'damaged',
    make: async () => {
      await writeRealWorkspace();
      zeroPage(Math.floor(readFileSync(file).length / PAGE / 2));
    },
  },
  {
    name: 'a truncated database',
    reason: 'damaged',
    make: async () => {
      await writeRealWorkspace();
      const size = readFileSync(file).length;
      expect(size).toBeGreaterThan(PAGE * 6);
      truncateSync(file, Math.floor(size / PAGE / 2) * PAGE);
    },
  },
];

describe.each(cases.filter((c) => c.reason === 'newer_version'))(
  'a file from $name',
  ({ make }) => {
    it('is refused, answers app.info and the backup list, and stays byte-identical', async () => {
      await make();
      const hash = sha256(file);
      expectRefused('newer_version');
      const info = await expectWorkspaceRefused('newer_version');
      expect(info.workspace).not.toHaveProperty('quarantinedTo');
      expect(sha256(file)).toBe(hash);
      expect(readdirSync(tmp.dir)).not.toContain('quarantine');
    });

    it('leaves no -wal/-shm files behind that were not there', async () => {
      await make();
      expect(sidecars(file)).toEqual([]);
      expectRefused('newer_version');
      await expectWorkspaceRefused('newer_version');
      expect(sidecars(file)).toEqual([]);
    });
  },
);

describe.each(cases.filter((c) => c.reason === 'damaged'))('a file from $name', ({ make }) => {
  it('is refused and moved, byte-identical, to the quarantine folder the refusal names', async () => {
    await make();
    const hash = sha256(file);
    expectRefused('damaged');
    expect(sha256(file)).toBe(hash); // openDatabase alone leaves it in place
    const { workspace } = await expectWorkspaceRefused('damaged');
    const folder = workspace.state === 'refused' ? (workspace.quarantinedTo ?? '') : '';
    expect(dirname(folder)).toBe(join(tmp.dir, 'quarantine'));
    expect(workspace).toMatchObject({ message: expect.stringContaining(folder) });
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(['README.txt', basename(file)]);
    expect(sha256(join(folder, basename(file)))).toBe(hash);
  });

  it('leaves no -wal/-shm files behind that were not there, here or in quarantine', async () => {
    await make();
    expect(sidecars(file)).toEqual([]);
    const { workspace } = await expectWorkspaceRefused('damaged');
    expect(sidecars(file)).toEqual([]);
    const folder = workspace.state === 'refused' ? (workspace.quarantinedTo ?? '') : '';
    expect(sidecars(join(folder, basename(file)))).toEqual([]);
  });
});
