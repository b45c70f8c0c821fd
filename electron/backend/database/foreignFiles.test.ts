import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATABASE_FILE } from '../workspace/dataDir';
import { sha256 } from '../testing/fileChecks';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { projectInput } from '../testing/projectFixtures';
import { callOk } from '../testing/calls';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './openDatabase';

// Issue 7, item 4: a SQLite file that Crossing did not write is refused and left byte-identical
// (no -wal/-shm beside it either); Crossing's own files carry its application id.

/** Crossing's application id, "CRSN" (CROSSING_APPLICATION_ID). */
const CRSN = 0x4352534e;

let tmp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
});
afterEach(() => tmp.remove());

function writeForeign(setup: string, opts: { wal?: boolean } = {}): void {
  const db = new Database(file);
  if (opts.wal) db.pragma('journal_mode = WAL');
  db.exec(setup);
  db.close();
}

function expectLeftAlone(): void {
  const before = sha256(file);
  // The data file's companions; the folder's own lock file (.lock.sqlite) is not the file's.
  const dataFiles = () => readdirSync(tmp.dir).filter((f) => f.startsWith(DATABASE_FILE));
  expect(dataFiles()).toEqual([DATABASE_FILE]);
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    const state = ws.info.workspace;
    expect(state, JSON.stringify(state)).toMatchObject({ state: 'refused', reason: 'foreign' });
    expect((state as { message: string }).message).toMatch(/belongs to another program/);
  } finally {
    ws.close();
  }
  expect(sha256(file)).toBe(before);
  expect(dataFiles()).toEqual([DATABASE_FILE]);
}

it('refuses, unchanged, another program’s database', () => {
  writeForeign("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');");
  expectLeftAlone();
});

it('refuses, unchanged, another program’s WAL database', () => {
  writeForeign("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');", {
    wal: true,
  });
  expectLeftAlone();
});

it('refuses, unchanged, a foreign file that happens to have a projects table', () => {
  writeForeign("CREATE TABLE projects (id TEXT); INSERT INTO projects VALUES ('p');");
  expectLeftAlone();
});

it('refuses, unchanged, a file with user_version -1', () => {
  writeForeign('CREATE TABLE t (x); PRAGMA user_version = -1;');
  expectLeftAlone();
});

it('refuses, unchanged, Crossing-shaped tables under another application id', () => {
  const db = openDatabase(file);
  db.pragma('application_id = 42');
  db.close();
  expectLeftAlone();
});

it('marks its own files, new and older ones, with its application id', async () => {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  await callOk(ws.dispatch, 'projects.create', projectInput());
  ws.close();
  const read = () => {
    const db = new Database(file, { readonly: true });
    try {
      return db.pragma('application_id', { simple: true });
    } finally {
      db.close();
    }
  };
  expect(read()).toBe(CRSN);

  tmp.remove();
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
  const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) });
  old.pragma('application_id = 0'); // as every file before this change
  old.close();
  const again = openTempWorkspace({ dataDir: tmp.dir });
  expect(again.info.workspace).toEqual({ state: 'ready' });
  again.close();
  expect(read()).toBe(CRSN);
});
