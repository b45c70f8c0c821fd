import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../database/migrations';
import { openDatabase } from '../database/openDatabase';
import { callErr, callOk, contentOf } from '../testing/calls';
import { sha256 } from '../testing/fileChecks';
import { projectInput } from '../testing/projectFixtures';
import {
  FIXED_NOW,
  makeTempDir,
  openTempWorkspace,
  type TempWorkspace,
} from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';
import { acquireWorkspaceLock } from './workspaceLock';

let tmp: ReturnType<typeof makeTempDir>;
let clock: Date;
const minutes = (n: number) => new Date(FIXED_NOW.getTime() + n * 60_000);
const open = () => openTempWorkspace({ dataDir: tmp.dir, now: () => clock, log: () => {} });
const file = () => join(tmp.dir, DATABASE_FILE);
const backupDir = () => join(tmp.dir, 'backups');
const names = async (ws: TempWorkspace) =>
  (await callOk(ws.dispatch, 'projects.list', {})).map((p) => p.name);

beforeEach(() => {
  tmp = makeTempDir();
  clock = FIXED_NOW;
});
afterEach(() => tmp.remove());

/** Puts a file into backups/ under a backup's name. */
function placeBackup(name: string, write: (path: string) => void): string {
  mkdirSync(backupDir(), { recursive: true });
  const path = join(backupDir(), `${name}.sqlite`);
  write(path);
  return name;
}

describe('restoring a backup into an open workspace', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = open();
  });
  afterEach(() => ws.close());

  it('brings back the data of the backup, and the safety copy undoes it', async () => {
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Before' }));
    const backup = await callOk(ws.dispatch, 'backups.create', {});
    clock = minutes(5);
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'After' }));

    clock = minutes(10);
    const r = await callOk(ws.dispatch, 'backups.restore', { name: backup.name });
    expect(r.restored).toEqual(backup);
    expect(r.safetyCopy).toMatchObject({
      kind: 'before-restore',
      createdAt: minutes(10).toISOString(),
    });
    expect(await names(ws)).toEqual(['Before']);
    expect(ws.info.workspace).toEqual({ state: 'ready' });
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true, events: 2 });
    const [event] = await callOk(ws.dispatch, 'history.list', { limit: 1 });
    expect(event).toMatchObject({
      entity: 'workspace',
      action: 'restore',
      at: minutes(10).toISOString(),
    });
    expect(event?.summary).toBe(
      `Restored the backup “${backup.name}”; the data from before is kept as the backup “${r.safetyCopy?.name}”.`,
    );

    clock = minutes(15);
    const undo = await callOk(ws.dispatch, 'backups.restore', { name: r.safetyCopy!.name });
    expect(await names(ws)).toEqual(['After', 'Before']);
    expect(undo.safetyCopy?.kind).toBe('before-restore');
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true, events: 3 });
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.restoring'))).toEqual([]);
  });

  it('answers NOT_FOUND for a backup that is not there, and changes nothing', async () => {
    await callOk(ws.dispatch, 'backups.create', {});
    const error = await callErr(ws.dispatch, 'backups.restore', {
      name: 'manual-2020-01-01T00-00-00-000Z',
    });
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no backup called “manual-2020-01-01T00-00-00-000Z”'),
    });
    expect((await callOk(ws.dispatch, 'backups.list', {})).backups.length).toBe(1);
  });

  it.each([
    ['random bytes', (p: string) => writeFileSync(p, randomBytes(16384))],
    [
      'a truncated backup',
      (p: string) => {
        copyFileSync(join(backupDir(), readdirSync(backupDir())[0]!), p);
        writeFileSync(p, readFileSync(p).subarray(0, 4096 * 3));
      },
    ],
    [
      'a newer version',
      (p: string) => {
        const db = new Database(p);
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
        db.close();
      },
    ],
  ])('refuses %s, leaving the data and the backups exactly as they were', async (_, write) => {
    for (let i = 0; i < 40; i++)
      await callOk(
        ws.dispatch,
        'projects.create',
        projectInput({ name: `P${i}`, description: 'd'.repeat(400) }),
      );
    await callOk(ws.dispatch, 'backups.create', {});
    const name = placeBackup('manual-2001-01-01T00-00-00-000Z', write);
    const before = {
      data: sha256(file()),
      content: contentOf(ws.openDb()),
      files: readdirSync(backupDir()),
    };

    const error = await callErr(ws.dispatch, 'backups.restore', { name });
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.message).toMatch(/^This backup cannot be restored: .*Nothing was changed\.$/);
    expect(sha256(file())).toBe(before.data);
    expect(contentOf(ws.openDb())).toEqual(before.content);
    expect(readdirSync(backupDir())).toEqual(before.files);
  });

  it('puts the data back when the restored file cannot be opened', async () => {
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Kept' }));
    // Sound as a SQLite file and of our version, but without our tables: opening it fails.
    const name = placeBackup('manual-2001-01-01T00-00-00-000Z', (p) => {
      const db = new Database(p);
      db.exec('CREATE TABLE projects (id TEXT PRIMARY KEY)');
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
      db.close();
    });
    const error = await callErr(ws.dispatch, 'backups.restore', { name });
    expect(error.message).toMatch(
      /could not be opened .* put back as it was before the restore\.$/,
    );
    expect(ws.info.workspace).toEqual({ state: 'ready' });
    expect(await names(ws)).toEqual(['Kept']);
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Still working' }));
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
  });

  it.skipIf(LATEST_SCHEMA_VERSION < 2)('migrates a backup from an older version', async () => {
    const from = LATEST_SCHEMA_VERSION - 1;
    const name = placeBackup(`before-migration-v${from}-2001-01-01T00-00-00-000Z`, (p) => {
      const old = openDatabase(p, { migrations: MIGRATIONS.slice(0, from) });
      old
        .prepare(
          `INSERT INTO projects (id, name, kind, stage, created_at, updated_at)
           VALUES ('11111111-1111-4111-8111-111111111111', 'Old project', 'llm', 'poc', 'x', 'x')`,
        )
        .run();
      old.pragma('journal_mode = DELETE');
      old.close();
    });
    clock = minutes(1);
    await callOk(ws.dispatch, 'backups.restore', { name });
    expect(await names(ws)).toEqual(['Old project']);
    expect(ws.openDb().pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const kinds = (await callOk(ws.dispatch, 'backups.list', {})).backups.map((b) => b.name);
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.stringMatching(`^before-migration-v${from}-2026-03-14T09-27`),
      ]),
    );
  });
});

describe('restoring a backup into a refused workspace', () => {
  /** A workspace with one project and a manual backup of it; returns the backup's name. */
  async function workspaceWithBackup(): Promise<string> {
    const ws = open();
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Backed up' }));
    const { name } = await callOk(ws.dispatch, 'backups.create', {});
    ws.close();
    return name;
  }

  it('after quarantine: the backup is put in place and the workspace is ready', async () => {
    const name = await workspaceWithBackup();
    writeFileSync(file(), randomBytes(16384));
    const ws = open();
    try {
      expect(ws.info.workspace).toMatchObject({ state: 'refused', reason: 'damaged' });
      const overview = await callOk(ws.dispatch, 'backups.list', {});
      expect(overview.backups.map((b) => b.name)).toEqual([name]);
      const r = await callOk(ws.dispatch, 'backups.restore', { name });
      expect(r.safetyCopy).toBeNull();
      expect(ws.info).toMatchObject({
        workspace: { state: 'ready' },
        schemaVersion: LATEST_SCHEMA_VERSION,
      });
      expect(await callOk(ws.dispatch, 'app.info', {})).toEqual(ws.info);
      expect(await names(ws)).toEqual(['Backed up']);
      expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({
        ok: true,
        events: 2,
      });
    } finally {
      ws.close();
    }
  });

  it('after an error: the file that failed is quarantined unchanged, then the backup restored', async () => {
    const name = await workspaceWithBackup();
    const db = new Database(file());
    db.exec('DROP TABLE history_events');
    db.close();
    const hash = sha256(file());
    const ws = open();
    try {
      expect(ws.info.workspace).toMatchObject({ state: 'refused', reason: 'error' });
      await callOk(ws.dispatch, 'backups.restore', { name });
      expect(await names(ws)).toEqual(['Backed up']);
      const [entry] = (await callOk(ws.dispatch, 'backups.list', {})).quarantine;
      expect(entry?.files).toEqual([DATABASE_FILE]);
      expect(sha256(join(tmp.dir, 'quarantine', entry!.name, DATABASE_FILE))).toBe(hash);
    } finally {
      ws.close();
    }
  });

  it('after an error, a backup that cannot be opened leaves everything as it was', async () => {
    await workspaceWithBackup();
    const db = new Database(file());
    db.exec('DROP TABLE history_events');
    db.close();
    const hash = sha256(file());
    const name = placeBackup('manual-2001-01-01T00-00-00-000Z', (p) => {
      const bad = new Database(p);
      bad.exec('CREATE TABLE projects (id TEXT PRIMARY KEY)');
      bad.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
      bad.close();
    });
    const ws = open();
    try {
      const refusal = ws.info;
      const error = await callErr(ws.dispatch, 'backups.restore', { name });
      expect(error.message).toMatch(/could not be opened .* Nothing else was changed\.$/);
      expect(ws.info).toEqual(refusal);
      expect(sha256(file())).toBe(hash);
      expect((await callOk(ws.dispatch, 'backups.list', {})).quarantine).toEqual([]);
    } finally {
      ws.close();
    }
  });

  it('refuses while the file is newer or locked, changing nothing', async () => {
    const name = await workspaceWithBackup();
    const db = new Database(file());
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const hash = sha256(file());
    const files = readdirSync(tmp.dir);
    const newer = open();
    expect(newer.info.workspace).toMatchObject({ reason: 'newer_version' });
    const error = await callErr(newer.dispatch, 'backups.restore', { name });
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/newer version/),
    });
    newer.close();
    expect(sha256(file())).toBe(hash);
    expect(readdirSync(tmp.dir)).toEqual(files);

    const release = acquireWorkspaceLock(tmp.dir);
    try {
      const locked = open();
      expect(locked.info.workspace).toMatchObject({ reason: 'locked' });
      expect(await callErr(locked.dispatch, 'backups.restore', { name })).toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/already open/),
      });
      locked.close();
    } finally {
      release();
    }
    expect(sha256(file())).toBe(hash);
    expect(readdirSync(backupDir())).toEqual([`${name}.sqlite`]);
  });
});
