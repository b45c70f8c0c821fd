import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  readFileSync,
  truncateSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels';
import { DATABASE_FILE } from '../workspace/dataDir';
import { openWorkspace } from '../workspace/openWorkspace';
import { LOCK_FILE } from '../workspace/workspaceLock';
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

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const sidecars = (path: string) => [`${path}-wal`, `${path}-shm`].filter((p) => existsSync(p));

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

async function expectWorkspaceRefused(reason: 'newer_version' | 'damaged'): Promise<void> {
  const ws = openWorkspace({ dataDir: tmp.dir, host: 'test', actor: 'tester' });
  try {
    expect(ws.db).toBeNull();
    expect(ws.info.workspace).toMatchObject({ state: 'refused', reason });
    const info = await ws.dispatch('app.info', {});
    expect(info).toEqual({ ok: true, data: ws.info });
    for (const channel of CHANNELS.filter((c) => c !== 'app.info')) {
      const r = await ws.dispatch(channel, { id: crypto.randomUUID(), ...projectInput() });
      expect(r.ok ? r : r.error.code, channel).toBe('UNAVAILABLE');
    }
    // The lock is released, so the user can fix the file and try again.
    expect(existsSync(join(tmp.dir, LOCK_FILE))).toBe(false);
  } finally {
    ws.close();
  }
}

interface Case {
  name: string;
  reason: 'newer_version' | 'damaged';
  /** Whether the file's header says WAL mode (as every file Crossing writes does). */
  wal: boolean;
  make: () => Promise<void> | void;
}

const cases: Case[] = [
  {
    name: 'a newer version (WAL, as Crossing writes it)',
    reason: 'newer_version',
    wal: true,
    make: () => writeNewerFile('wal'),
  },
  {
    name: 'a newer version (rollback journal)',
    reason: 'newer_version',
    wal: false,
    make: () => writeNewerFile('delete'),
  },
  {
    name: 'random bytes',
    reason: 'damaged',
    wal: false,
    make: () => writeFileSync(file, randomBytes(PAGE * 4)),
  },
  {
    name: 'a valid database with a page zeroed',
    reason: 'damaged',
    wal: true,
    make: async () => {
      await writeRealWorkspace();
      zeroPage(2);
    },
  },
  {
    name: 'a truncated database',
    reason: 'damaged',
    wal: true,
    make: async () => {
      await writeRealWorkspace();
      const size = readFileSync(file).length;
      expect(size).toBeGreaterThan(PAGE * 6);
      truncateSync(file, Math.floor(size / PAGE / 2) * PAGE);
    },
  },
];

describe.each(cases)('a file from $name', ({ reason, make }) => {
  it(`is refused with ${reason}, answers app.info only, and stays byte-identical`, async () => {
    await make();
    const hash = sha256(file);
    expectRefused(reason);
    await expectWorkspaceRefused(reason);
    expect(sha256(file)).toBe(hash);
  });

  it('leaves no -wal/-shm files behind that were not there', async () => {
    await make();
    expect(sidecars(file)).toEqual([]);
    expectRefused(reason);
    await expectWorkspaceRefused(reason);
    expect(sidecars(file)).toEqual([]);
  });
});
